import CSV
import Testing

/// The cases of csv-spectrum (https://github.com/maxogden/csv-spectrum, MIT licence), an acid test for CSV
/// readers, written out here as our own test cases: each file's text and the records its JSON twin expects.
/// The `_crlf` cases are given with CRLF line ends, as their names say.
@Suite("CSV reader: the csv-spectrum cases")
struct CSVSpectrumTests {
    static let cases: [(name: String, text: String, records: [[String]])] = [
        (
            "comma_in_quotes", "first,last,address,city,zip\nJohn,Doe,120 any st.,\"Anytown, WW\",08123",
            [["first", "last", "address", "city", "zip"], ["John", "Doe", "120 any st.", "Anytown, WW", "08123"]]
        ),
        ("empty", "a,b,c\n1,\"\",\"\"\n2,3,4", [["a", "b", "c"], ["1", "", ""], ["2", "3", "4"]]),
        ("empty_crlf", "a,b,c\r\n1,\"\",\"\"\r\n2,3,4", [["a", "b", "c"], ["1", "", ""], ["2", "3", "4"]]),
        ("escaped_quotes", "a,b\n1,\"ha \"\"ha\"\" ha\"\n3,4\n", [["a", "b"], ["1", "ha \"ha\" ha"], ["3", "4"]]),
        (
            "json", "key,val\n1,\"{\"\"type\"\": \"\"Point\"\", \"\"coordinates\"\": [102.0, 0.5]}\"\n",
            [["key", "val"], ["1", "{\"type\": \"Point\", \"coordinates\": [102.0, 0.5]}"]]
        ),
        (
            "newlines", "a,b,c\n1,2,3\n\"Once upon \na time\",5,6\n7,8,9\n",
            [["a", "b", "c"], ["1", "2", "3"], ["Once upon \na time", "5", "6"], ["7", "8", "9"]]
        ),
        (
            "newlines_crlf", "a,b,c\r\n1,2,3\r\n\"Once upon \r\na time\",5,6\r\n7,8,9\r\n",
            [["a", "b", "c"], ["1", "2", "3"], ["Once upon \r\na time", "5", "6"], ["7", "8", "9"]]
        ),
        (
            "quotes_and_newlines", "a,b\n1,\"ha \n\"\"ha\"\" \nha\"\n3,4\n",
            [["a", "b"], ["1", "ha \n\"ha\" \nha"], ["3", "4"]]
        ),
        ("simple", "a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]),
        ("simple_crlf", "a,b,c\r\n1,2,3\r\n", [["a", "b", "c"], ["1", "2", "3"]]),
        ("utf8", "a,b,c\n1,2,3\n4,5,ʤ", [["a", "b", "c"], ["1", "2", "3"], ["4", "5", "ʤ"]]),
    ]

    @Test("each case reads as its JSON twin says", arguments: cases.map(\.name))
    func spectrumCase(name: String) throws {
        let entry = try #require(Self.cases.first { $0.name == name })
        #expect(CSVTestSupport.valid(entry.text) == entry.records)
    }

    @Test("each case reads back the same after writing")
    func spectrumRoundTrip() {
        for entry in Self.cases {
            let written = CSVWriter().write(entry.records.map { $0.map(CSVCell.text) })
            #expect(CSVTestSupport.valid(written) == entry.records, "\(entry.name)")
        }
    }
}
