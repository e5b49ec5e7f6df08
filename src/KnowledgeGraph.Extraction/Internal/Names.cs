using System.Text;
using AnyAscii;

namespace KnowledgeGraph.Extraction;

/// <summary>The one place that normalizes names: display case for ALL-CAPS names, comparison keys, and id slugs.</summary>
internal static class Names
{
    private static Gazetteer.GivenNameVariants Variants => Gazetteer.Lexicon.Instance.GivenNameVariants;

    /// <summary>"LAVROV" → "Lavrov", "AL-MALIKI" → "Al-Maliki", "MCCAIN" → "Mccain"; mixed-case input is returned as is.</summary>
    public static string DisplayCase(string name)
    {
        if (name.Any(char.IsLower))
        {
            return name;
        }

        var chars = name.ToLowerInvariant().ToCharArray();
        var start = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]))
            {
                if (start)
                {
                    chars[i] = char.ToUpperInvariant(chars[i]);
                }

                start = false;
            }
            else
            {
                start = chars[i] is ' ' or '-' or '.' or '\'' or '\u2019';
            }
        }

        return new string(chars);
    }

    /// <summary>Comparison key: diacritics folded, upper case, letters and digits only ("Chávez" → "CHAVEZ").</summary>
    public static string Key(string name)
    {
        // Called for every name comparison: built on the stack, and the input itself is returned when it is a key already.
        var source = Fold(name);
        Span<char> buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        var key = buffer[..WriteKey(source, buffer)];
        return key.SequenceEqual(source) ? source : key.ToString();
    }

    /// <summary>Writes the <see cref="Key"/> of already folded text into <paramref name="buffer"/> (as long as the text); returns its length.</summary>
    private static int WriteKey(ReadOnlySpan<char> source, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in source)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToUpperInvariant(c);
            }
        }

        return length;
    }

    /// <summary>Whether a word of <paramref name="text"/> has one of the comparison <paramref name="keys"/> ("FM Lavrov" has LAVROV).</summary>
    public static bool ContainsAnyKey(string text, IReadOnlySet<string> keys)
    {
        foreach (var word in text.Split([' ', '-', '.', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (keys.Contains(Key(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Given-name comparison key with transliteration variants folded: "Sergey", "SERGUEI" → "SERGEI".</summary>
    public static string GivenKey(string given) => Variants.CanonicalKey(Key(given));

    /// <summary>
    /// Full-name comparison key: every name but the surname folded by <see cref="GivenKey"/>, the surname by <see cref="Key"/>
    /// ("Sergey Lavrov" and "SERGEI LAVROV" → "SERGEI LAVROV"). Empty parts (punctuation) are skipped.
    /// </summary>
    public static string FullNameKey(IReadOnlyList<string> parts)
    {
        var keys = new List<string>(parts.Count);
        foreach (var part in parts)
        {
            var key = Key(part);
            if (key.Length > 0)
            {
                keys.Add(key);
            }
        }

        for (var i = 0; i < keys.Count - 1; i++)
        {
            keys[i] = Variants.CanonicalKey(keys[i]);
        }

        return string.Join(' ', keys);
    }

    /// <summary>
    /// The corpus-stable person id: the name as written with every name but the surname in its canonical spelling, so
    /// "Sergey Lavrov" and "Sergei Lavrov" are both <c>person:sergei-lavrov</c> whichever cable comes first.
    /// </summary>
    public static string PersonId(IReadOnlyList<string> parts)
        => WrittenId(string.Join(' ', parts.Select((p, i) => i < parts.Count - 1 ? Variants.Canonical(p) : p)));

    /// <summary>The id of a name spelled as written, no variant folded: equal to its <see cref="PersonId"/> only when canonical.</summary>
    public static string WrittenId(string name) => "person:" + Slug(name);

    /// <summary>"Jr.", "Sr", "II", "III", "IV": written after a surname, never a name of its own.</summary>
    public static bool IsGenerationalSuffix(string part) => part.TrimEnd('.', ',') is "Jr" or "JR" or "Sr" or "SR" or "II" or "III" or "IV";

    /// <summary>Surname comparison key without the Arabic article: "al-Alimi", "Al Alimi" and "Alimi" compare equal.</summary>
    public static string SurnameKey(string surname)
    {
        var key = Key(surname);
        return key[ArticleLength(surname, key)..];
    }

    /// <summary>
    /// <see cref="SurnameKey(string)"/> of a word written in ASCII, built in <paramref name="buffer"/> without allocating: for
    /// lookups of every word of a text. False (and no key) when the word is not ASCII or longer than the buffer.
    /// </summary>
    public static bool TrySurnameKey(ReadOnlySpan<char> surname, Span<char> buffer, out ReadOnlySpan<char> key)
    {
        if (surname.Length > buffer.Length || !Ascii.IsValid(surname))
        {
            key = default;
            return false;
        }

        var written = buffer[..WriteKey(surname, buffer)];
        key = written[ArticleLength(surname, written)..];
        return true;
    }

    /// <summary>Length of the Arabic article ("AL", "EL") that starts a surname's key and is written apart ("al-", "Al "), else 0.</summary>
    private static int ArticleLength(ReadOnlySpan<char> surname, ReadOnlySpan<char> key)
    {
        var trimmed = surname.TrimStart();
        foreach (var prefix in (ReadOnlySpan<string>)["AL", "EL"])
        {
            if (key.Length > prefix.Length + 2 && key.StartsWith(prefix, StringComparison.Ordinal)
                && trimmed.Length > 3 && trimmed[2] is '-' or ' ' or '\u2019' or '\'')
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Names in ASCII: "Chávez" → "Chavez", "Лавров" → "Lavrov" (AnyAscii). Not string.Normalize, which leaves accents in
    /// place under invariant globalization (this product's setting).
    /// </summary>
    private static string Fold(string name) => System.Text.Ascii.IsValid(name) ? name : name.Transliterate();

    /// <summary>Id slug: "J. Thomas Schieffer" → "j-thomas-schieffer", "Chávez" → "chavez".</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        var dash = false;
        foreach (var c in Fold(name))
        {
            if (c is '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) && c < 128)
            {
                if (dash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        return sb.ToString();
    }
}
