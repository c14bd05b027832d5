package tokenizer_test

import (
	"fmt"

	"github.com/airollup/airollup/prover/tokenizer"
)

func Example() {
	v, err := tokenizer.BuildVocab(tokenizer.DefaultCorpus(), 1024)
	if err != nil {
		panic(err)
	}
	tk, err := tokenizer.New(v)
	if err != nil {
		panic(err)
	}
	ids := tk.Encode("Good morning, café!", true)
	fmt.Println(ids[0] == tk.BOS())
	text, err := tk.Decode(ids[1:])
	if err != nil {
		panic(err)
	}
	fmt.Printf("%q\n", text)
	// Output:
	// true
	// "Good morning, café!"
}
