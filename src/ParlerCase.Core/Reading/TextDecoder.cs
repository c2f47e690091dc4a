using System;
using System.Text;
using UtfUnknown;

namespace ParlerCase.Core.Reading
{
    /// <summary>
    /// Turns a file's bytes into text: a byte-order mark first, then UTF-16 without one, then strict UTF-8,
    /// then a legacy single-byte code page detected by UTF.Unknown (Windows-1252 / Latin-1 French).
    /// Refuses binary content rather than return garbled text.
    /// </summary>
    public static class TextDecoder
    {
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

        static TextDecoder()
        {
            // Windows-1252 and the other legacy code pages are not built into .NET Core.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }

        /// <summary>The decoded text and the name of the encoding it was read as.</summary>
        public static (string Text, string Encoding) Decode(byte[] bytes, string path)
        {
            var (text, encoding, _) = Decode(bytes, path, null);
            return (text, encoding);
        }

        /// <summary>
        /// As <see cref="Decode(byte[], string)"/>, trusting a charset the content declares (an HTML page's
        /// meta charset) after a byte-order mark and before detection. A declaration the bytes contradict (bytes
        /// that do not decode in it, a single-byte charset on valid UTF-8), or that no page can truly have
        /// (UTF-16 or UTF-32 without a byte-order mark, UTF-7, an unknown name), is a wrong one, common on the
        /// web: detection decides then, and <c>Warning</c> says so.
        /// </summary>
        public static (string Text, string Encoding, string? Warning) Decode(byte[] bytes, string path, string? declaredCharset)
        {
            var bom = FromByteOrderMark(bytes);
            if (bom != null)
            {
                return (bom.GetString(bytes, bom.GetPreamble().Length, bytes.Length - bom.GetPreamble().Length), bom.WebName, null);
            }

            var declared = Declared(declaredCharset);
            if (declared != null && declared.CodePage != StrictUtf8.CodePage && TryDecode(declared, bytes, out var declaredText))
            {
                return (declaredText, declared.WebName, null);
            }

            var (text, encoding) = Detect(bytes, path);
            var honest = declaredCharset == null
                || (declared != null && (IsAscii(bytes) || (declared.CodePage == StrictUtf8.CodePage && encoding == "utf-8")));
            return (text, encoding, honest ? null
                : $"'{path}' declares the charset '{declaredCharset!.Trim()}', which {(declared == null ? "a page without a byte-order mark cannot have, or which is unknown" : "its bytes contradict")}; it is read as {encoding}, detected.");
        }

        /// <summary>
        /// The bytes in a declared charset, when they are text in it: no NUL, every byte sequence defined, and not
        /// valid UTF-8 under a single-byte charset (a page re-saved in UTF-8 often still declares its old Latin-1).
        /// </summary>
        private static bool TryDecode(Encoding declared, byte[] bytes, out string text)
        {
            text = string.Empty;
            if (Array.IndexOf(bytes, (byte)0) >= 0 || (declared.IsSingleByte && IsStrictUtf8(bytes)))
            {
                return false;
            }

            try
            {
                text = Encoding.GetEncoding(declared.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes);
                return text.IndexOf('\uFFFD') < 0;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }

        /// <summary>What the bytes are, detected: UTF-16 without a mark, strict UTF-8, else a legacy code page.</summary>
        private static (string Text, string Encoding) Detect(byte[] bytes, string path)
        {
            var utf16 = Utf16WithoutMark(bytes);
            if (utf16 != null)
            {
                return (utf16.GetString(bytes), utf16.WebName);
            }

            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                throw new ArticleReadException(ArticleErrorKind.BinaryFile, path, $"'{path}' holds binary data (NUL bytes), not text.");
            }

            try
            {
                return (StrictUtf8.GetString(bytes), "utf-8");
            }
            catch (DecoderFallbackException)
            {
                return DecodeLegacy(bytes, path);
            }
        }

        private static bool IsAscii(byte[] bytes) => Array.TrueForAll(bytes, b => b < 0x80);

        private static (string Text, string Encoding) DecodeLegacy(byte[] bytes, string path)
        {
            var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
            var encoding = detected?.Encoding;

            // Multi-byte guesses for bytes that are not valid UTF-8 are almost always wrong for news text;
            // single-byte Western text is what legacy French and English files are.
            if (encoding == null || !encoding.IsSingleByte || detected!.Confidence < 0.2f)
            {
                encoding = Encoding.GetEncoding(1252);
            }

            var text = encoding.GetString(bytes);
            if (ControlCharacterShare(text) > 0.02)
            {
                throw new ArticleReadException(ArticleErrorKind.UndecodableText, path, $"'{path}' is neither UTF-8, UTF-16 nor a single-byte text encoding the module recognises.");
            }

            return (text, encoding.WebName);
        }

        /// <summary>
        /// The encoding a declared charset names. Pages declaring Latin-1 or ASCII are Windows-1252 in every
        /// browser (the WHATWG Encoding standard); a page cannot truly be UTF-16 or UTF-32 without a byte-order
        /// mark, and no browser decodes UTF-7 (a way to smuggle markup past filters).
        /// </summary>
        private static Encoding? Declared(string? charset)
        {
            if (string.IsNullOrWhiteSpace(charset))
            {
                return null;
            }

            var name = charset!.Trim().ToLowerInvariant();
            switch (name)
            {
                case "iso-8859-1":
                case "latin1":
                case "l1":
                case "us-ascii":
                case "ascii":
                    return Encoding.GetEncoding(1252);
                case "utf-16":
                case "utf-16le":
                case "utf-16be":
                case "utf-32":
                case "utf-32le":
                case "utf-32be":
                case "utf-7":
                case "csunicode11utf7":
                    return null;
            }

            try
            {
                return Encoding.GetEncoding(name);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException)
            {
                return null;
            }
        }

        private static bool IsStrictUtf8(byte[] bytes)
        {
            try
            {
                StrictUtf8.GetCharCount(bytes);
                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }

        private static Encoding? FromByteOrderMark(byte[] b)
        {
            if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
            {
                return new UTF8Encoding(true);
            }

            if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
            {
                return new UTF32Encoding(false, true);
            }

            if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
            {
                return new UnicodeEncoding(false, true);
            }

            if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
            {
                return new UnicodeEncoding(true, true);
            }

            return null;
        }

        /// <summary>Latin text in UTF-16 without a mark has a zero in every other byte.</summary>
        private static Encoding? Utf16WithoutMark(byte[] b)
        {
            var sample = Math.Min(b.Length, 4096) & ~1;
            if (sample < 4)
            {
                return null;
            }

            int evenZeros = 0, oddZeros = 0;
            for (var i = 0; i < sample; i += 2)
            {
                evenZeros += b[i] == 0 ? 1 : 0;
                oddZeros += b[i + 1] == 0 ? 1 : 0;
            }

            var pairs = sample / 2;
            if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
            {
                return new UnicodeEncoding(false, false);
            }

            if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05)
            {
                return new UnicodeEncoding(true, false);
            }

            return null;
        }

        private static double ControlCharacterShare(string text)
        {
            var control = 0;
            foreach (var c in text)
            {
                if (char.IsControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                {
                    control++;
                }
            }

            return text.Length == 0 ? 0 : (double)control / text.Length;
        }
    }
}
