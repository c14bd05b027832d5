package worker

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
)

// fakeOllama is a scripted Ollama API: it drafts from a table of canonical
// continuations keyed by the raw prompt text, corrupting the positions the
// test chooses, so the verification path sees exactly known drafts.
type fakeOllama struct {
	mu       sync.Mutex
	models   map[string]bool
	blobs    map[string]bool
	uploads  int
	creates  int
	texts    map[string]int // prompt text → output position
	out      []int32        // the canonical output of the current job
	corrupt  func(pos int) bool
	garbage  bool // draft ids outside the vocabulary
	fail     bool // answer generate with 500
	requests int
}

func (f *fakeOllama) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var body map[string]any
	if r.Method == http.MethodPost && r.URL.Path != "" && len(r.URL.Path) > 11 && r.URL.Path[:11] == "/api/blobs/" {
		f.blobs[r.URL.Path[11:]] = true
		f.uploads++
		w.WriteHeader(http.StatusCreated)
		return
	}
	_ = json.NewDecoder(r.Body).Decode(&body)
	switch {
	case r.Method == http.MethodHead:
		if f.blobs[r.URL.Path[11:]] {
			w.WriteHeader(http.StatusOK)
		} else {
			w.WriteHeader(http.StatusNotFound)
		}
	case r.URL.Path == "/api/show":
		if !f.models[body["model"].(string)] {
			w.WriteHeader(http.StatusNotFound)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": "not found"})
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"modelfile": "FROM x"})
	case r.URL.Path == "/api/create":
		f.creates++
		for _, d := range body["files"].(map[string]any) {
			if !f.blobs[d.(string)] {
				w.WriteHeader(http.StatusBadRequest)
				_ = json.NewEncoder(w).Encode(map[string]string{"error": "no blob"})
				return
			}
		}
		f.models[body["model"].(string)] = true
		_ = json.NewEncoder(w).Encode(map[string]string{"status": "success"})
	case r.URL.Path == "/api/generate":
		f.requests++
		if f.fail {
			w.WriteHeader(http.StatusInternalServerError)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": "boom"})
			return
		}
		opts := body["options"].(map[string]any)
		if opts["temperature"] != float64(0) {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		n := int(opts["num_predict"].(float64))
		var draft []int
		if pos, ok := f.texts[body["prompt"].(string)]; ok && pos >= 0 {
			for i := pos; i < min(pos+n, len(f.out)); i++ {
				t := int(f.out[i])
				if f.corrupt != nil && f.corrupt(i) {
					t = (t + 1) % 512
				}
				if f.garbage {
					t = 100000 + i
				}
				draft = append(draft, t)
			}
		}
		resp := map[string]any{"model": body["model"], "done": true}
		if len(draft) > 0 { // the response text is never used when context and eval_count are there
			resp["response"], resp["context"], resp["eval_count"] = "x", append([]int{1, 2, 3}, draft...), len(draft)
		}
		_ = json.NewEncoder(w).Encode(resp)
	default:
		w.WriteHeader(http.StatusNotFound)
	}
}

// TestOllamaVerifiesScriptedDrafts: whatever the draft — right, wrong every
// few positions, outside the vocabulary, or failing — the Ollama backend's
// result is Generate's, and the acceptance it reports is the drafts' truth.
func TestOllamaVerifiesScriptedDrafts(t *testing.T) {
	dir := t.TempDir()
	_, root := genModel(t, dir, tinySpec(5))
	st, err := NewStore(StoreConfig{Dir: dir})
	require.NoError(t, err)
	defer st.Close()
	h, err := st.Get(t.Context(), root)
	require.NoError(t, err)
	defer h.Release()

	f := &fakeOllama{models: map[string]bool{}, blobs: map[string]bool{}}
	srv := httptest.NewServer(f)
	defer srv.Close()

	for _, tc := range []struct {
		name    string
		hook    bool // draft through draftHook (exact ids) rather than HTTP (text)
		corrupt func(int) bool
		garbage bool
		fail    bool
	}{
		{name: "right", hook: true},
		{name: "wrong-every-4th", hook: true, corrupt: func(p int) bool { return p%4 == 3 }},
		{name: "wrong-every-other", hook: true, corrupt: func(p int) bool { return p%2 == 1 }},
		{name: "always-wrong", hook: true, corrupt: func(int) bool { return true }},
		{name: "right-http"},
		{name: "outside-vocab", garbage: true},
		{name: "failing", fail: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tally := &Tally{}
			o, err := NewOllama(OllamaConfig{URL: srv.URL, Store: st, DraftTokens: 8, Metrics: tally})
			require.NoError(t, err)
			for i, job := range testJobs(root, h.Model) {
				want := generate(t, h.Model, job)
				if tc.hook {
					o.draftHook = func(ids []int32, n int) ([]int32, error) {
						require.Equal(t, job.Prompt, ids[:len(job.Prompt)], "drafts continue the prompt")
						pos := len(ids) - len(job.Prompt)
						require.Equal(t, want.Tokens[:pos], ids[len(job.Prompt):], "drafts continue the canonical output")
						var d []int32
						for i := pos; i < min(pos+n, len(want.Tokens)); i++ {
							tok := want.Tokens[i]
							if tc.corrupt != nil && tc.corrupt(i) {
								tok = (tok + 1) % int32(h.Model.Vocab)
							}
							d = append(d, tok)
						}
						return d, nil
					}
				}
				f.mu.Lock()
				f.out, f.corrupt, f.garbage, f.fail = want.Tokens, tc.corrupt, tc.garbage, tc.fail
				f.texts = map[string]int{}
				for n := range len(want.Tokens) + 1 {
					text, err := promptText(h.Tokenizer, append(append([]int32{}, job.Prompt...), want.Tokens[:n]...))
					require.NoError(t, err)
					if _, dup := f.texts[text]; dup {
						n = -1 // pieces that render as "": the position is ambiguous, draft nothing
					}
					f.texts[text] = n
				}
				f.mu.Unlock()
				got, err := o.Run(t.Context(), job)
				require.NoError(t, err, "job %d", i)
				require.Equal(t, want, got, "job %d", i)
			}
			s := tally.Snapshot()
			switch tc.name {
			case "right", "right-http":
				require.Positive(t, s.Proposed)
				require.Equal(t, s.Proposed, s.Accepted, "right drafts are all accepted")
			case "wrong-every-4th", "wrong-every-other":
				require.Positive(t, s.Accepted)
				require.Less(t, s.Accepted, s.Proposed)
			case "always-wrong":
				require.Positive(t, s.Proposed)
				require.Zero(t, s.Accepted)
			case "outside-vocab":
				require.Zero(t, s.Proposed, "ids outside the vocabulary are never proposed")
			case "failing":
				require.Zero(t, s.Proposed)
				require.Positive(t, s.DraftErrors)
			}
			t.Logf("%s: rounds %d, proposed %d, accepted %d (%.0f%%), draft errors %d", tc.name, s.Rounds, s.Proposed, s.Accepted, 100*s.AcceptanceRate(), s.DraftErrors)
		})
	}
	// The model was uploaded and created once, then found by /api/show.
	require.Equal(t, 1, f.uploads)
	require.Equal(t, 1, f.creates)
	require.True(t, f.models[ModelName(root)])
}

// TestOllamaUnreachableRunsCanonically: no Ollama API at all still gives the
// canonical result.
func TestOllamaUnreachableRunsCanonically(t *testing.T) {
	dir := t.TempDir()
	_, root := genModel(t, dir, tinySpec(6))
	st, err := NewStore(StoreConfig{Dir: dir})
	require.NoError(t, err)
	defer st.Close()
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close() // nothing listens there now
	tally := &Tally{}
	o, err := NewOllama(OllamaConfig{URL: url, Store: st, Metrics: tally})
	require.NoError(t, err)
	h, err := st.Get(t.Context(), root)
	require.NoError(t, err)
	defer h.Release()
	job := Job{Model: root, Prompt: []int32{1, 40, 41}, MaxTokens: 12}
	got, err := o.Run(t.Context(), job)
	require.NoError(t, err)
	require.Equal(t, generate(t, h.Model, job), got)
	require.Equal(t, int64(1), tally.Snapshot().DraftErrors)
}

func TestOllamaConfigCheck(t *testing.T) {
	st, err := NewStore(StoreConfig{})
	require.NoError(t, err)
	for _, c := range []OllamaConfig{
		{URL: "", Store: st},
		{URL: "ftp://x", Store: st},
		{URL: "http://x"},
		{URL: "http://x", Store: st, DraftTokens: MaxDraftTokens + 1},
	} {
		_, err := NewOllama(c)
		require.ErrorIs(t, err, ErrOllamaConfig, "%+v", c)
	}
	require.Len(t, ModelName(merkle.Hash{}), len("airollup-")+24)
}
