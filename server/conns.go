package server

import (
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"
)

// ConnLimits caps the connections a server holds open, so that no client can take
// every file descriptor: one client is stopped at PerClient, well before Max, and the
// health checks of a load balancer still get in.
type ConnLimits struct {
	// Max is the most connections open at once; zero means no cap.
	Max int
	// PerClient is the most connections open at once from one client address (an IPv6
	// client by its /64, which one host holds whole); zero means no cap. Behind a
	// reverse proxy every connection comes from the proxy: leave it at zero there and
	// let the proxy cap its clients.
	PerClient int
}

// Listener accepts connections within ConnLimits. A connection that would pass a cap
// makes room by closing the connection that has been idle longest (the same client's,
// for the per-client cap): a keep-alive connection between requests, or one that has
// sent nothing yet. When none is idle, the new connection is closed at once. Idle
// connections are known from the http.Server's ConnState, which must be set to the
// Listener's.
type Listener struct {
	net.Listener
	limits ConnLimits
	log    *slog.Logger

	mu      sync.Mutex
	open    int
	clients map[string]int
	idle    map[*limitedConn]time.Time // since when each idle connection has been
	refused int
	logged  time.Time // when a refusal was last logged
}

// LimitListener returns ln with the limits applied; refusals are logged at most once a
// minute.
func LimitListener(ln net.Listener, limits ConnLimits, log *slog.Logger) *Listener {
	return &Listener{Listener: ln, limits: limits, log: log, clients: map[string]int{}, idle: map[*limitedConn]time.Time{}}
}

// Accept waits for a connection within the limits.
func (l *Listener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		if lc := l.admit(c); lc != nil {
			return lc, nil
		}
		c.Close()
	}
}

// admit counts c in, closing idle connections to make room if it must; nil when there
// is no room.
func (l *Listener) admit(c net.Conn) *limitedConn {
	key := clientKey(c.RemoteAddr())
	for {
		l.mu.Lock()
		clientFull := l.limits.PerClient > 0 && l.clients[key] >= l.limits.PerClient
		full := l.limits.Max > 0 && l.open >= l.limits.Max
		if !clientFull && !full {
			lc := &limitedConn{Conn: c, l: l, key: key}
			l.open++
			l.clients[key]++
			l.idle[lc] = time.Now()
			l.mu.Unlock()
			return lc
		}
		var victim *limitedConn
		for ic, since := range l.idle {
			if (!clientFull || ic.key == key) && (victim == nil || since.Before(l.idle[victim])) {
				victim = ic
			}
		}
		if victim == nil {
			l.refused++
			if l.log != nil && time.Since(l.logged) > time.Minute {
				l.logged = time.Now()
				l.log.Warn("connection refused: the connection limits are reached and no connection is idle",
					"client", key, "client_full", clientFull, "open", l.open, "refused_so_far", l.refused)
			}
			l.mu.Unlock()
			return nil
		}
		delete(l.idle, victim)
		l.mu.Unlock()
		victim.Close() // counts it out; the server sees its connection end
	}
}

// ConnState follows the server's connections: idle ones may be closed to make room.
// Set it as the http.Server's ConnState.
func (l *Listener) ConnState(c net.Conn, state http.ConnState) {
	lc, ok := c.(*limitedConn)
	if !ok {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	switch state {
	case http.StateNew, http.StateIdle:
		if !lc.closed {
			l.idle[lc] = time.Now()
		}
	default:
		delete(l.idle, lc)
	}
}

// Open returns the number of connections open, and of those, from the client of addr
// (none when addr is nil).
func (l *Listener) Open(addr net.Addr) (all, client int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if addr == nil {
		return l.open, 0
	}
	return l.open, l.clients[clientKey(addr)]
}

func (l *Listener) release(c *limitedConn) {
	l.mu.Lock()
	defer l.mu.Unlock()
	c.closed = true
	delete(l.idle, c)
	l.open--
	if l.clients[c.key]--; l.clients[c.key] <= 0 {
		delete(l.clients, c.key)
	}
}

// clientKey names the client of a remote address: its IP, or its /64 for IPv6.
func clientKey(a net.Addr) string {
	var ip net.IP
	switch a := a.(type) {
	case *net.TCPAddr:
		ip = a.IP
	default:
		host, _, err := net.SplitHostPort(a.String())
		if err != nil {
			return a.String()
		}
		ip = net.ParseIP(host)
	}
	if ip4 := ip.To4(); ip4 != nil {
		return ip4.String()
	}
	if ip == nil {
		return a.String()
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}

// limitedConn is a connection counted by its Listener until it is closed.
type limitedConn struct {
	net.Conn
	l      *Listener
	key    string
	once   sync.Once
	closed bool // under l.mu
}

// Close closes the connection and counts it out.
func (c *limitedConn) Close() error {
	c.once.Do(func() { c.l.release(c) })
	return c.Conn.Close()
}

// NetConn returns the connection underneath.
func (c *limitedConn) NetConn() net.Conn { return c.Conn }
