package l1test

import (
	"reflect"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// RPC returns the in-process JSON-RPC connection behind Client, for code that
// sends raw or batched calls. The simulated backend hides it: its client
// embeds an *ethclient.Client whose field name shadows the Client method, so
// it is read by reflection. It panics if go-ethereum changes that shape.
func (c *Chain) RPC() *rpc.Client {
	ec, ok := reflect.ValueOf(c.Client).FieldByName("Client").Interface().(*ethclient.Client)
	if !ok {
		panic("l1test: the simulated client no longer embeds an *ethclient.Client")
	}
	return ec.Client()
}
