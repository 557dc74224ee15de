namespace Ecster.Integration.Tests.Browser.Host;

/// <summary>
/// A small stand-in for the look the plugin's views land in, written here (no theme code is copied): DefaultClean's
/// reset of every element's margin and padding (which is why a native dialog needs its own margin to stay centred),
/// its font, and its two button classes; and, for the admin page, the Bootstrap card, table, alert and button classes
/// the order panel uses. The screenshots show the plugin's styles on top of it.
/// </summary>
internal static class StoreTheme
{
    public const string Css = """
        * { margin: 0; padding: 0; box-sizing: border-box; }
        body { font: 14px/1.4 Arial, Helvetica, sans-serif; color: #777; background: #fff; }
        .master-wrapper-page { max-width: 1000px; margin: 0 auto; padding: 20px 12px; }
        .page-title { margin: 0 0 20px; border-bottom: 1px solid #ddd; padding: 0 0 12px; }
        .page-title h1, .product-name h1 { font-size: 26px; color: #444; font-weight: normal; }
        .step-title { background: #f6f6f6; padding: 12px 16px; margin: 0 0 16px; font-size: 18px; color: #444; }
        .product-price { font-size: 22px; font-weight: bold; color: #444; margin: 12px 0 4px; }
        .button-1 { border: none; background: #4ab2f1; color: #fff; font-size: 15px; text-transform: uppercase; cursor: pointer; }
        .button-1:hover { background: #248ece; }
        .button-1, .button-2 { padding: 10px 25px; }
        .button-2 { border: none; background: #aaa; color: #fff; font-size: 15px; text-transform: uppercase; cursor: pointer; }
        .admin body, body.admin { font-family: "Source Sans Pro", Arial, sans-serif; color: #212529; background: #f4f6f9; }
        .card { background: #fff; border: 0; border-radius: .25rem; box-shadow: 0 0 1px rgba(0,0,0,.125), 0 1px 3px rgba(0,0,0,.2); margin-bottom: 1rem; }
        .card-header { padding: .75rem 1.25rem; border-bottom: 1px solid rgba(0,0,0,.125); font-size: 1.1rem; }
        .card-body { padding: 1.25rem; }
        .table { width: 100%; margin-bottom: 1rem; border-collapse: collapse; }
        .table th, .table td { padding: .3rem; border-top: 1px solid #dee2e6; text-align: left; vertical-align: top; }
        .table-bordered th, .table-bordered td { border: 1px solid #dee2e6; }
        .table-striped tbody tr:nth-of-type(odd) { background: rgba(0,0,0,.05); }
        .table-responsive { overflow-x: auto; }
        .alert { padding: .75rem 1.25rem; margin-bottom: 1rem; border-radius: .25rem; }
        .alert-warning { background: #ffc107; color: #1f2d3d; }
        .alert-danger { background: #dc3545; color: #fff; }
        .btn { display: inline-block; padding: .25rem .5rem; font-size: .875rem; border-radius: .2rem; border: 1px solid transparent; cursor: pointer; text-decoration: none; }
        .btn-primary { background: #007bff; color: #fff; }
        .btn-secondary { background: #6c757d; color: #fff; }
        .btn-danger { background: #dc3545; color: #fff; }
        code { color: #e83e8c; font-size: 87.5%; }
        """;
}
