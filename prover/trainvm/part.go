package trainvm

// WithPart returns the input with row parts of n values instead of Part (n
// a multiple of 32 up to Part; New checks it): for tests of other one-step
// verifiers (the Solidity one, internal/trainstep) on tiny models, whose rows
// would otherwise be a single part. The part is not in the configuration
// hash: such a verifier must be given the same part (Config.WithPart).
func (in Input) WithPart(n int) Input { in.part = n; return in }

// WithPart returns the configuration with row parts of n values (Input.WithPart).
func (c Config) WithPart(n int) Config { c.part = n; return c }
