// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Script, console2} from "forge-std/Script.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";

/// @title Deploy
/// @notice Deploys airollup's contracts to the chain forge points at, e.g.
///         `forge script contracts/script/Deploy.s.sol --rpc-url http://127.0.0.1:8545 --broadcast`.
///         The Go deployer used by tests and the devnet deploys the same bytecode through the bindings.
contract Deploy is Script {
    function run() external returns (ModelRegistry registry) {
        vm.startBroadcast();
        registry = new ModelRegistry();
        vm.stopBroadcast();
        console2.log("ModelRegistry", address(registry));
    }
}
