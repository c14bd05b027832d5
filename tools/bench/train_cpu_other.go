//go:build !unix

package main

import "time"

// cpuTime returns the process's CPU time: unknown (0) here.
func cpuTime() time.Duration { return 0 }
