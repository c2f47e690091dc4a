using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ParlerCase.Core.Reporting
{
    /// <summary>
    /// Builds the page as a DOM (AngleSharp), never as strings: text goes in as text nodes and attribute values,
    /// which the serialiser HTML-encodes, so nothing an article holds can become markup.
    /// </summary>
    internal sealed class Dom
    {
        private static readonly HtmlParser Parser = new HtmlParser();

        public Dom(string language)
        {
            Document = Parser.ParseDocument("<!DOCTYPE html><html></html>");
            Document.DocumentElement.SetAttribute("lang", language);
        }

        public IDocument Document { get; }

        public IElement Head => Document.Head!;

        public IElement Body => Document.Body!;

        /// <summary>An HTML element appended to the parent, with its text and class when given.</summary>
        public IElement Add(INode parent, string tag, string? text = null, string? cssClass = null)
        {
            var element = Document.CreateElement(tag);
            return Append(parent, element, text, cssClass);
        }

        /// <summary>An SVG element appended to the parent.</summary>
        public IElement Svg(INode parent, string tag, string? text = null, string? cssClass = null)
        {
            var element = Document.CreateElement(NamespaceNames.SvgUri, tag);
            return Append(parent, element, text, cssClass);
        }

        /// <summary>Text appended to the parent as a text node.</summary>
        public void Text(INode parent, string text) => parent.AppendChild(Document.CreateTextNode(text));

        /// <summary>A coordinate as SVG wants it: invariant, at most two decimals.</summary>
        public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

        private static IElement Append(INode parent, IElement element, string? text, string? cssClass)
        {
            if (cssClass != null)
            {
                element.SetAttribute("class", cssClass);
            }

            if (text != null)
            {
                element.TextContent = text;
            }

            parent.AppendChild(element);
            return element;
        }
    }
}
