import Testing

@testable import CLPConfCLI

@Suite struct FilePathTests {
    @Test(arguments: [
        ("a.toml", "/work/a.toml"), ("./a.toml", "/work/a.toml"), ("../a.toml", "/a.toml"),
        ("/x//y/./z/../w", "/x/y/w"), ("/../..", "/"), ("sub/", "/work/sub"),
    ])
    func standardize(path: String, expected: String) {
        #expect(FilePath.standardize(path, relativeTo: "/work") == expected)
    }

    @Test func components() {
        #expect(FilePath.directory(of: "/work/a.toml") == "/work")
        #expect(FilePath.directory(of: "/a.toml") == "/")
        #expect(FilePath.lastComponent(of: "/work/a.toml") == "a.toml")
        #expect(FilePath.join("/", "a") == "/a")
        #expect(FilePath.join("/work", "a") == "/work/a")
    }
}
