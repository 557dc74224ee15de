// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/IPagedList.cs
namespace Nop.Core;

public partial interface IPagedList<T> : IList<T>
{
    int PageIndex { get; }

    int PageSize { get; }

    int TotalCount { get; }

    int TotalPages { get; }

    bool HasPreviousPage { get; }

    bool HasNextPage { get; }
}
