/// SHA-256 (FIPS 180-4), for the edition digest a report carries so compile can tell editions apart.
///
/// Tested against the NIST example vectors; standard library only. Whole 64-byte blocks are hashed straight
/// from the caller's contiguous bytes (a canonical form is a few hundred KiB, and hashing it is on the path
/// of every evaluation), with the state in eight words and the message schedule in an inline array, so a
/// block costs no allocation; only a partial block at the end of an update is copied aside.
public struct SHA256: Sendable {
    private var state = State(
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19)
    /// Bytes not yet hashed: fewer than 64, waiting for the rest of their block.
    private var pending: [UInt8] = []
    /// How many bytes have been added in all.
    private var length: UInt64 = 0

    /// The eight working words.
    private struct State: Sendable {
        var a, b, c, d, e, f, g, h: UInt32

        init(
            _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: UInt32
        ) {
            (self.a, self.b, self.c, self.d, self.e, self.f, self.g, self.h) = (a, b, c, d, e, f, g, h)
        }
    }

    private static let k: InlineArray<64, UInt32> = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    public init() {}

    /// The lowercase hex digest of `bytes`.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalizeHex()
    }

    /// ``finalize()`` as lowercase hex.
    public mutating func finalizeHex() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in finalize() {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(contiguous: $0) }
        if done == nil {
            let copy = Array(bytes)
            copy.withUnsafeBufferPointer { update(contiguous: $0) }
        }
    }

    public mutating func finalize() -> [UInt8] {
        let bitLength = length &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        tail.withUnsafeBufferPointer { buffer in
            for start in stride(from: 0, to: buffer.count, by: 64) { compress(buffer, at: start) }
        }
        pending.removeAll()
        let words = [state.a, state.b, state.c, state.d, state.e, state.f, state.g, state.h]
        return words.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - 8 * $0)) } }
    }

    private mutating func update(contiguous bytes: UnsafeBufferPointer<UInt8>) {
        length &+= UInt64(bytes.count)
        var offset = 0
        if !pending.isEmpty {
            let taken = min(64 - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<taken])
            offset = taken
            guard pending.count == 64 else { return }
            pending.withUnsafeBufferPointer { compress($0, at: 0) }
            pending.removeAll(keepingCapacity: true)
        }
        while bytes.count - offset >= 64 {
            compress(bytes, at: offset)
            offset += 64
        }
        if offset < bytes.count { pending.append(contentsOf: bytes[offset...]) }
    }

    /// Hashes the 64-byte block at `start`; callers guarantee `start + 64 <= bytes.count`.
    private mutating func compress(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) {
        precondition(start >= 0 && bytes.count - start >= 64, "a SHA-256 block is 64 bytes")
        var w = InlineArray<64, UInt32>(repeating: 0)
        // In bounds: the precondition above puts all 64 bytes of the block inside `bytes`.
        let block = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<(start + 64)]))
        for i in 0..<16 {
            w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
        }
        for i in 16..<64 {
            // σ0 = rotr 7 ^ rotr 18 ^ shr 3 and σ1 = rotr 17 ^ rotr 19 ^ shr 10, with the rotations nested.
            let low = w[i - 15]
            let high = w[i - 2]
            let s0 = Self.rotate(Self.rotate(low, 11) ^ low, 7) ^ (low >> 3)
            let s1 = Self.rotate(Self.rotate(high, 2) ^ high, 17) ^ (high >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var s = state
        // The first round's b ^ c; each round leaves its a ^ b, the next round's b ^ c.
        var ab = s.b ^ s.c
        // Eight rounds per pass, each naming the words in their rotated places instead of moving them.
        for i in stride(from: 0, to: 64, by: 8) {
            Self.round(s.a, s.b, s.c, &s.d, s.e, s.f, s.g, &s.h, &ab, Self.k[i] &+ w[i])
            Self.round(s.h, s.a, s.b, &s.c, s.d, s.e, s.f, &s.g, &ab, Self.k[i + 1] &+ w[i + 1])
            Self.round(s.g, s.h, s.a, &s.b, s.c, s.d, s.e, &s.f, &ab, Self.k[i + 2] &+ w[i + 2])
            Self.round(s.f, s.g, s.h, &s.a, s.b, s.c, s.d, &s.e, &ab, Self.k[i + 3] &+ w[i + 3])
            Self.round(s.e, s.f, s.g, &s.h, s.a, s.b, s.c, &s.d, &ab, Self.k[i + 4] &+ w[i + 4])
            Self.round(s.d, s.e, s.f, &s.g, s.h, s.a, s.b, &s.c, &ab, Self.k[i + 5] &+ w[i + 5])
            Self.round(s.c, s.d, s.e, &s.f, s.g, s.h, s.a, &s.b, &ab, Self.k[i + 6] &+ w[i + 6])
            Self.round(s.b, s.c, s.d, &s.e, s.f, s.g, s.h, &s.a, &ab, Self.k[i + 7] &+ w[i + 7])
        }
        state = State(
            state.a &+ s.a, state.b &+ s.b, state.c &+ s.c, state.d &+ s.d, state.e &+ s.e, state.f &+ s.f,
            state.g &+ s.g, state.h &+ s.h)
    }

    /// One round: `d` takes the new `e`, and `h` the new `a`; the caller rotates the names. `ab` holds
    /// `b ^ c` on entry and `a ^ b` on return, which is the next round's `b ^ c`.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
        _ h: inout UInt32, _ ab: inout UInt32, _ constantAndWord: UInt32
    ) {
        // Σ1 = rotr 6 ^ rotr 11 ^ rotr 25 and Σ0 = rotr 2 ^ rotr 13 ^ rotr 22, with the rotations nested;
        // Ch in its three-operation form, and Maj as b ^ ((a ^ b) & (b ^ c)), reusing the last round's a ^ b.
        let s1 = rotate(rotate(rotate(e, 14) ^ e, 5) ^ e, 6)
        let choice = g ^ (e & (f ^ g))
        let t1 = h &+ s1 &+ choice &+ constantAndWord
        let s0 = rotate(rotate(rotate(a, 9) ^ a, 11) ^ a, 2)
        let aXorB = a ^ b
        let majority = b ^ (aXorB & ab)
        ab = aXorB
        d = d &+ t1
        h = t1 &+ s0 &+ majority
    }

    @inline(__always)
    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value >> count) | (value << (32 - count))
    }
}
