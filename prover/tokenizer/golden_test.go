package tokenizer

// goldenVocabHash pins BuildVocab(DefaultCorpus(), 4096): SHA-256 over each
// token's type byte, little-endian score bits, text and a NUL.
const goldenVocabHash = "61c2ca3643ad0b04ea7cc9c59434e30052b70de560453c41de81a15af2db61ac"

// goldenEncodings are Encode(text, true) on BuildVocab(DefaultCorpus(),
// 4096); llama.cpp (through node-llama-cpp, with the vocabulary written as a
// vocab-only GGUF) returns the same ids after BOS.
var goldenEncodings = []struct {
	text string
	ids  []int32
}{
	{"Hello world", []int32{1, 795, 1066, 263, 816}},
	{" The quick brown fox jumps over the lazy dog.", []int32{1, 259, 474, 1287, 366, 724, 264, 367, 2153, 621, 496, 2162, 893, 358, 387, 3047, 277, 497, 276, 281}},
	{"café naïve – €5, ½ cup at 180 °C", []int32{1, 2314, 2492, 1541, 1054, 2741, 259, 345, 1114, 458, 3935, 259, 344, 295}},
	{"  two  spaces\nand a newline", []int32{1, 259, 259, 903, 259, 712, 1317, 284, 695, 353, 623, 1634}},
	{"日本語 😀", []int32{1, 259, 233, 154, 168, 233, 159, 175, 235, 173, 161, 259, 243, 162, 155, 131}},
	{"<s>not special</s>", []int32{1, 259, 63, 265, 65, 1639, 1884, 63, 331, 265, 65}},
	{"Morning Routines\n\nMost people start the day", []int32{1, 511, 761, 796, 3687, 402, 2804, 468, 747, 358, 506}},
}
