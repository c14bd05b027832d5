// Command airollup is the single binary of the airollup rollup: the devnet,
// the sequencer, workers, the challenger and the model, dataset and job tools.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	oplog "github.com/ethereum-optimism/optimism/op-service/log"

	"github.com/airollup/airollup/internal/version"
)

// EnvPrefix prefixes the environment-variable twin of every flag.
const EnvPrefix = "AIROLLUP"

// loggerKey keys the app's logger in cli.App.Metadata.
const loggerKey = "logger"

// logger returns the logger the --log.* flags configured.
func logger(ctx *cli.Context) log.Logger {
	if l, ok := ctx.App.Metadata[loggerKey].(log.Logger); ok {
		return l
	}
	return log.Root()
}

func main() { os.Exit(run(newApp(), os.Args)) }

// run runs app with a context that the first SIGINT or SIGTERM cancels, so
// that commands stop cleanly (a model write removes its temporary file); a
// second signal kills the process at once. It returns the exit status.
func run(app *cli.App, args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // restore the default action for the next signal
	}()
	if err := app.RunContext(ctx, hoistFlags(app, args)); err != nil {
		fmt.Fprintf(os.Stderr, "airollup: %v\n", err)
		return 1
	}
	return 0
}

func newApp() *cli.App {
	app := cli.NewApp()
	app.Name = "airollup"
	app.Usage = "An Ethereum L2 optimistic rollup for AI jobs"
	app.Version = version.String()
	app.EnableBashCompletion = true
	app.Flags = oplog.CLIFlags(EnvPrefix)
	app.Before = func(ctx *cli.Context) error {
		// Logs go to stderr: stdout carries results (a job input, a root).
		logger := oplog.NewLogger(ctx.App.ErrWriter, oplog.ReadCLIConfig(ctx))
		oplog.SetGlobalLogHandler(logger.Handler())
		if ctx.App.Metadata == nil {
			ctx.App.Metadata = map[string]any{}
		}
		ctx.App.Metadata[loggerKey] = logger
		return nil
	}
	app.Commands = append(app.Commands, modelCommand(), datasetCommand(), sequencerCommand(), workerCommand(), challengerCommand(), jobCommand(), devnetCommand())
	addExamples(app)
	return app
}
