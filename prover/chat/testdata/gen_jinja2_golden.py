#!/usr/bin/env python3
"""Renders every template in templates/ with every message set of messagesets.json, with
add_generation_prompt on and off (and each template once without date_string, so that
templates showing a date call strftime_now), using Python's Jinja2 configured as transformers'
apply_chat_template configures it (ImmutableSandboxedEnvironment, trim_blocks, lstrip_blocks,
its tojson, raise_exception and strftime_now; strftime_now pinned to the test's date), and
writes the outputs (or the exception raised) to jinja2_golden.json. TestChatMatchesJinja2
checks the Go renderer against that file. Regenerate with:

    python3 prover/chat/testdata/gen_jinja2_golden.py   (Jinja2 3.1.x)
"""
import datetime, json, os, sys

import jinja2
import jinja2.ext
from jinja2.exceptions import TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment

here = os.path.dirname(os.path.abspath(__file__))
DATE = datetime.date(2024, 7, 26)


def raise_exception(message):
    raise TemplateError(message)


def tojson(x, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
    return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


def strftime_now(fmt):
    return DATE.strftime(fmt)


env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[jinja2.ext.loopcontrols])
env.filters["tojson"] = tojson
env.globals["raise_exception"] = raise_exception
env.globals["strftime_now"] = strftime_now

sets = json.load(open(os.path.join(here, "messagesets.json")))
out = {"jinja2": jinja2.__version__, "date": str(DATE), "renders": []}
for name in sorted(os.listdir(os.path.join(here, "templates"))):
    if not name.endswith(".jinja"):
        continue
    src = open(os.path.join(here, "templates", name), encoding="utf-8").read()
    tmpl = env.from_string(src)
    for set_name in sorted(sets):
        for gen in (True, False):
            r = {"template": name[: -len(".jinja")], "set": set_name, "add_generation_prompt": gen}
            try:
                r["output"] = tmpl.render(messages=sets[set_name], bos_token="<s>", eos_token="</s>",
                                          add_generation_prompt=gen, date_string=DATE.strftime("%d %b %Y"))
            except Exception as e:  # the template refused the conversation
                r["error"] = f"{type(e).__name__}: {e}"
            out["renders"].append(r)
    # Without date_string, templates that show a date call strftime_now.
    r = {"template": name[: -len(".jinja")], "set": "system+user", "add_generation_prompt": True, "no_date_string": True}
    try:
        r["output"] = tmpl.render(messages=sets["system+user"], bos_token="<s>", eos_token="</s>", add_generation_prompt=True)
    except Exception as e:
        r["error"] = f"{type(e).__name__}: {e}"
    out["renders"].append(r)
json.dump(out, open(os.path.join(here, "jinja2_golden.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(out['renders'])} renders", file=sys.stderr)
