#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// One line on stderr: errors never go to stdout, which belongs to results (and `--json`).
func printError(_ line: String) {
    fputs(line + "\n", stderr)
}

func environmentValue(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
}
