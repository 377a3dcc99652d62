// Command actorgraph turns news about armed conflicts into an actor-alliance knowledge
// graph and answers questions about it. Run "actorgraph --help" for the subcommands.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// signalGrace is how long a command may take to stop after an interrupt or SIGTERM
// before the process exits anyway: the server drains its requests (10 s by default)
// and a bulk ingest ends its transaction, but no command may outlive the signal by
// much. A second signal ends the process at once.
const signalGrace = 30 * time.Second

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // the next signal takes its default course and ends the process
		time.Sleep(signalGrace)
		fmt.Fprintf(os.Stderr, "actorgraph: still running %s after the signal; exiting\n", signalGrace)
		os.Exit(1)
	}()
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "actorgraph:", err)
		os.Exit(1)
	}
}
