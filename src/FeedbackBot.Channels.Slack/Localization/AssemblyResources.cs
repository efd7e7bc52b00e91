using System.Resources;

// English lives in the neutral .resx, so an English lookup never probes for a satellite assembly.
[assembly: NeutralResourcesLanguage("en")]
