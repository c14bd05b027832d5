package chat

import (
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

type llamacppCase struct {
	Name                string    `json:"name"`
	Template            string    `json:"template"`
	ExpectedOutput      string    `json:"expected_output"`
	ExpectedOutputJinja string    `json:"expected_output_jinja"`
	BOS                 string    `json:"bos_token"`
	EOS                 string    `json:"eos_token"`
	SupportedWithJinja  bool      `json:"supported_with_jinja"`
	Extra               []Message `json:"extra_conversation"`
}

type llamacppCases struct {
	Conversation []Message      `json:"conversation"`
	Cases        []llamacppCase `json:"cases"`
}

func loadLlamacppCases(t testing.TB) llamacppCases {
	t.Helper()
	b, err := os.ReadFile("testdata/llamacpp_cases.json")
	require.NoError(t, err)
	var c llamacppCases
	require.NoError(t, json.Unmarshal(b, &c))
	require.Len(t, c.Cases, 36)
	return c
}

// mustRender lists the llama.cpp cases of the families this package is for:
// each must render byte-identically. The other cases must render
// identically too or fail with ErrUnsupported, never differ.
var mustRender = map[string]bool{
	"teknium/OpenHermes-2.5-Mistral-7B":                                             true, // ChatML
	"mistralai/Mistral-7B-Instruct-v0.2 (NOTE: Old pre-v1 without a system prompt)": true,
	"TheBloke/FusionNet_34Bx2_MoE-AWQ":                                              true, // Llama 2 chat
	"bofenghuang/vigogne-2-70b-chat":                                                true, // Llama 2 chat
	"mlabonne/AlphaMonarch-7B":                                                      true,
	"google/gemma-7b-it":                                                            true,
	"deepseek-ai/deepseek-coder-33b-instruct":                                       true,
	"eachadea/vicuna-13b-1.1":                                                       true,
	"Orca-Vicuna":                                                                   true,
	"Llama-3":                                                                       true,
	"Phi-3-mini":                                                                    true,
	"Phi-3-small":                                                                   true,
	"Phi-3-medium":                                                                  true,
	"Phi-3-vision":                                                                  true,
	"MiniCPM-3B-OpenHermes-2.5-v2-GGUF":                                             true,
	"DeepSeek-V2":                                                                   true,
	"mistralai/Mistral-7B-Instruct-v0.2 (mistralai 'v1' template with a system prompt)":                    true,
	"Mistral-Large-Instruct-2407 (mistralai 'v3' template; modified to have system prompt at start)":       true,
	"Mistral-Nemo-Instruct-2407 (mistralai 'v3-tekken' template; modified to have system prompt at start)": true,
	"mistralai/Mistral-Large-Instruct-2411 (mistralai 'v7' template)":                                      true,
	"phi-4": true,
}

// TestChatMatchesLlamaCppTemplateTests renders every test case of llama.cpp's
// tests/test-chat-template.cpp as its Jinja path does (the six-message
// conversation plus the case's extra messages, its bos/eos tokens,
// add_generation_prompt) and compares byte for byte with the expected output.
func TestChatMatchesLlamaCppTemplateTests(t *testing.T) {
	c := loadLlamacppCases(t)
	rendered := 0
	for _, tc := range c.Cases {
		if !tc.SupportedWithJinja {
			continue
		}
		t.Run(tc.Name, func(t *testing.T) {
			want := tc.ExpectedOutputJinja
			if want == "" {
				want = tc.ExpectedOutput
			}
			msgs := append(append([]Message(nil), c.Conversation...), tc.Extra...)
			tmpl, err := Parse(tc.Template, Limits{})
			var got string
			if err == nil {
				got, err = tmpl.Render(Input{Messages: msgs, BOS: tc.BOS, EOS: tc.EOS, AddGenerationPrompt: true})
			}
			if err != nil {
				require.False(t, mustRender[tc.Name], "a supported family fails: %v", err)
				require.True(t, errors.Is(err, ErrUnsupported), "only ErrUnsupported is an acceptable failure: %v", err)
				t.Logf("unsupported: %v", err)
				return
			}
			require.Equal(t, want, got)
			rendered++
		})
	}
	require.GreaterOrEqual(t, rendered, len(mustRender))
}
