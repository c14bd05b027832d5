// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IJobInbox} from "../interfaces/IJobInbox.sol";

/// @title LibJobRequest
/// @notice EIP-712 hashing and signature recovery of L2 job requests (IJobInbox.JobRequest; docs/protocol.md,
///         "L2 jobs"). The domain is name "airollup JobInbox", version "1", the chain id and the JobInbox (the
///         contract whose balances pay for requests). The Go mirror is internal/jobreq, checked against this library
///         on the compiled contracts.
library LibJobRequest {
    /// @notice keccak256 of the EIP-712 domain type.
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    /// @notice keccak256 of the domain's name, "airollup JobInbox".
    bytes32 internal constant NAME_HASH = keccak256("airollup JobInbox");
    /// @notice keccak256 of the domain's version, "1".
    bytes32 internal constant VERSION_HASH = keccak256("1");
    /// @notice keccak256 of the Params type (IJobInbox.Params).
    bytes32 internal constant PARAMS_TYPEHASH =
        keccak256("Params(uint32 maxTokens,uint32 temperatureMilli,uint32 topK,uint32 topPMicro,bytes32 seed)");
    /// @notice keccak256 of the JobRequest type (its kind is the enum's uint8).
    bytes32 internal constant REQUEST_TYPEHASH = keccak256(
        "JobRequest(address sender,uint8 kind,uint64 modelId,bytes input,Params params,uint128 maxFee,address callback,"
        "uint32 callbackGasLimit,uint64 nonce,uint64 expiry)"
        "Params(uint32 maxTokens,uint32 temperatureMilli,uint32 topK,uint32 topPMicro,bytes32 seed)"
    );
    /// @notice Half the secp256k1 group order: a signature's s must not be above it (no malleable twin).
    uint256 internal constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    /// @notice The EIP-712 domain separator for requests verified against `inbox` on this chain.
    function domainSeparator(address inbox) internal view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, inbox));
    }

    /// @notice The EIP-712 hashStruct of `q`.
    function hashStruct(IJobInbox.JobRequest memory q) internal pure returns (bytes32) {
        IJobInbox.Params memory p = q.params;
        bytes32 params =
            keccak256(abi.encode(PARAMS_TYPEHASH, p.maxTokens, p.temperatureMilli, p.topK, p.topPMicro, p.seed));
        return keccak256(
            bytes.concat(
                abi.encode(REQUEST_TYPEHASH, q.sender, uint8(q.kind), q.modelId, keccak256(q.input), params),
                abi.encode(q.maxFee, q.callback, q.callbackGasLimit, q.nonce, q.expiry)
            )
        );
    }

    /// @notice The digest `q`'s sender signs: keccak256("\x19\x01" ‖ domainSeparator(inbox) ‖ hashStruct(q)).
    function digest(address inbox, IJobInbox.JobRequest memory q) internal view returns (bytes32) {
        return keccak256(abi.encodePacked(hex"1901", domainSeparator(inbox), hashStruct(q)));
    }

    /// @notice The signer of `d` by `sig` (r ‖ s ‖ v, 65 bytes, v 27 or 28, s in the lower half of the group order),
    ///         or zero if the signature is not of that form or recovers no address.
    function recover(bytes32 d, bytes memory sig) internal pure returns (address) {
        if (sig.length != 65) return address(0);
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := mload(add(sig, 0x20))
            s := mload(add(sig, 0x40))
            v := byte(0, mload(add(sig, 0x60)))
        }
        if (uint256(s) > HALF_N || (v != 27 && v != 28)) return address(0);
        return ecrecover(d, v, r, s);
    }
}
