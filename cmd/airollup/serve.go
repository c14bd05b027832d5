package main

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/airollup/airollup/internal/datastore"
	"github.com/airollup/airollup/prover/merkle"
)

func modelServeCommand() *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "Serve the canonical models of a model directory by root, for challengers' --model-url",
		Description: "Serves GET /models/{root} (hex, with or without 0x) from --model-dir, where models are kept as <root>.gguf " +
			"(as the worker, sequencer and challenger keep them), and GET /healthz. A challenger checks every model it fetches " +
			"against its root, so a server cannot make it run the wrong model; without one, a registered model nobody serves " +
			"leaves its records unchecked (docs/watchers.md). Challengers use --model-url http://this.host:8550/models/{root}.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "model-dir", Value: "models", Usage: "directory of canonical models named <root>.gguf", EnvVars: envs("model_serve", "model-dir")},
			&cli.StringFlag{Name: "addr", Value: "127.0.0.1:8550", Usage: "listen address", EnvVars: envs("model_serve", "addr")},
		},
		Action: func(ctx *cli.Context) error {
			return serveHTTP(ctx, "model serve", ctx.String("addr"), modelHandler(ctx.String("model-dir")),
				fmt.Sprintf("serving %s at http://%%s/models/{root}", ctx.String("model-dir")))
		},
	}
}

// modelHandler serves dir's <root>.gguf files at GET /models/{root}.
func modelHandler(dir string) http.Handler {
	return datastore.ServeByRoot("models", "model", func(root merkle.Hash) string {
		return filepath.Join(dir, hex.EncodeToString(root[:])+".gguf")
	})
}

// serveHTTP serves h on addr until the command's context is done; banner
// (with %s for the bound address) goes to stderr once listening.
func serveHTTP(ctx *cli.Context, name, addr string, h http.Handler, banner string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(ctx.App.ErrWriter, banner+"\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return fmt.Errorf("%s: %w", name, err)
	case <-ctx.Context.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	}
}
