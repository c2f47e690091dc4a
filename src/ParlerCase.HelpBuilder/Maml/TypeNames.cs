namespace ParlerCase.HelpBuilder.Maml;

/// <summary>How help names a type: short in the syntax ('String[]'), full in the parameter details.</summary>
public static class TypeNames
{
    public static string Short(Type type) => type.IsArray ? Short(type.GetElementType()!) + "[]" : Nullable.GetUnderlyingType(type) is { } inner ? Short(inner) : type.Name;

    public static string Full(Type type) => type.IsArray ? Full(type.GetElementType()!) + "[]" : Nullable.GetUnderlyingType(type) is { } inner ? Full(inner) : type.FullName ?? type.Name;
}
