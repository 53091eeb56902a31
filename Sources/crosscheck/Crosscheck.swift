import ArgumentParser
import Crosscheck

@main
struct CrosscheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Compare news articles and check their facts.",
        version: "0.1.0",
        subcommands: [DmpVectorCommand.self]
    )
}
