// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {DisputeGame} from "../../src/DisputeGame.sol";
import {LibClone} from "../../src/lib/LibClone.sol";

/// @dev Creates DisputeGame clones as the factory does (clone, then initialize in the same call), but with any args
///      (LibGameArgs.encode, naming this contract as creator), so that the game's own checks can be tested. One
///      external call per game, so that vm.expectRevert sees an initialize revert.
contract GameCloner {
    function create(DisputeGame impl, bytes memory args, address proposer, address challenger, bytes32 challengerClaim)
        external
        payable
        returns (DisputeGame g)
    {
        g = DisputeGame(LibClone.clone(address(impl), args));
        g.initialize{value: msg.value}(proposer, challenger, challengerClaim);
    }
}
