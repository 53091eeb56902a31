/// What every HTML page Crosscheck writes starts with: the doctype, UTF-8, and a Content-Security-Policy that lets the
/// page load nothing and run nothing (only its own inline `<style>` applies), so a report stays inert even if some
/// article content ever escaped ``HTMLEscape``. Renderers append their `<title>`, `<style>` and `</head>` after it.
public enum HTMLPage {
    /// The Content-Security-Policy of every page.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

    /// The opening of every page, up to and including the `<meta>` tags of `<head>`, ending with a blank line.
    public static let head = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="crosscheck">

        """
}
