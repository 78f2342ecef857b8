// The system underneath, for the layers that touch it (files, signals, sockets, terminals, processes): the C
// library and Foundation's essentials in one import, instead of the same conditional block at the top of every
// such file. FoundationEssentials, not Foundation, where the toolchain has it: the full Foundation would bring ICU
// and its start-up cost into the shipped binary (bench/STARTUP.md). The pure layers (Words, TextSafety, WizardCore)
// do not import this.
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
#if canImport(Glibc)
@preconcurrency @_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif
