//go:build unix

package main

import "syscall"

// openFileLimit returns how many files the process may have open (the soft limit,
// which Go raises to the hard one at start), or 0 when it is not known.
func openFileLimit() int {
	var r syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &r); err != nil || r.Cur > 1<<30 {
		return 0
	}
	return int(r.Cur)
}
