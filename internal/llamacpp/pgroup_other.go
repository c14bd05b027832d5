//go:build !unix

package llamacpp

import "os/exec"

func setProcessGroup(*exec.Cmd) {}

// killGroup kills the process (no process groups here).
func killGroup(cmd *exec.Cmd, _ bool) {
	if cmd.Process != nil {
		_ = cmd.Process.Kill()
	}
}
