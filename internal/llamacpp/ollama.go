package llamacpp

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// OllamaServer is a running tools/llamacpp/ollama-server.mjs: an Ollama-API
// server over node-llama-cpp's llama.cpp, listening on a free loopback port.
type OllamaServer struct {
	URL string // http://127.0.0.1:PORT

	cmd    *exec.Cmd
	stderr *tailBuffer
	exited chan struct{}
	once   sync.Once
	err    error
}

// ErrServerStart is returned when the Ollama-API server does not come up.
var ErrServerStart = errors.New("llamacpp: ollama server did not start")

// StartOllama starts the Ollama-API server with its blob store in dir and
// waits until it listens (at most startTimeout; ctx bounds the wait too). The
// server runs in its own process group; Close stops the whole group.
func (p *Probe) StartOllama(ctx context.Context, dir string) (*OllamaServer, error) {
	args := []string{filepath.Join(p.Dir, "ollama-server.mjs"), "--dir", dir, "--port", "0"}
	if p.Threads > 0 {
		args = append(args, "--threads", strconv.Itoa(p.Threads))
	}
	cmd := exec.Command("node", args...)
	setProcessGroup(cmd)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	s := &OllamaServer{cmd: cmd, stderr: &tailBuffer{max: 8 << 10}, exited: make(chan struct{})}
	cmd.Stderr = s.stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrServerStart, err)
	}
	go func() {
		s.err = cmd.Wait()
		close(s.exited)
	}()
	line := make(chan string, 1)
	go func() {
		r := bufio.NewReader(stdout)
		l, _ := r.ReadString('\n')
		line <- l
		_, _ = io.Copy(io.Discard, r) // keep the pipe drained
	}()
	timer := time.NewTimer(startTimeout)
	defer timer.Stop()
	select {
	case l := <-line:
		var hello struct{ URL string }
		if err := json.Unmarshal([]byte(l), &hello); err != nil || !strings.HasPrefix(hello.URL, "http://") {
			s.Close()
			return nil, fmt.Errorf("%w: first line %q: %s", ErrServerStart, strings.TrimSpace(l), s.stderr.String())
		}
		s.URL = hello.URL
		return s, nil
	case <-timer.C:
		s.Close()
		return nil, fmt.Errorf("%w: no address after %s: %s", ErrServerStart, startTimeout, s.stderr.String())
	case <-ctx.Done():
		s.Close()
		return nil, fmt.Errorf("%w: %w", ErrServerStart, ctx.Err())
	}
}

// startTimeout bounds how long StartOllama waits for the server to listen.
const startTimeout = time.Minute

// Close stops the server's process group (SIGTERM, then SIGKILL after a
// grace period) and waits for it to exit. It is idempotent.
func (s *OllamaServer) Close() error {
	s.once.Do(func() {
		killGroup(s.cmd, false)
		select {
		case <-s.exited:
		case <-time.After(5 * time.Second):
			killGroup(s.cmd, true)
			<-s.exited
		}
	})
	return nil
}

// Stderr returns the last lines the server wrote to stderr (for test failures).
func (s *OllamaServer) Stderr() string { return s.stderr.String() }

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = t.b[len(t.b)-t.max:]
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return strings.TrimSpace(string(t.b))
}
