//! The views: header and tabs, reader (with rich text and entity mentions), events table,
//! entities index, filters, the map and timeline panels, import, library, export and corrections.

pub mod after_first_paint;
pub mod app_header;
pub mod corrections;
pub mod dialog;
pub mod entities_panel;
pub mod events_table;
pub mod export_menu;
pub mod import_dialog;
pub mod kind_filter;
pub mod library_panel;
pub mod map_panel;
pub mod mention;
pub mod reader;
pub mod rich_text;
pub mod timeline_panel;

pub use after_first_paint::AfterFirstPaint;
pub use app_header::AppHeader;
pub use corrections::{AddEventButton, CorrectionDialog, UndoControls};
pub use entities_panel::EntitiesPanel;
pub use events_table::EventsTable;
pub use export_menu::ExportMenu;
pub use import_dialog::ImportDialog;
pub use library_panel::{LibraryPanel, Toasts};
pub use map_panel::MapPanel;
pub use reader::Reader;
pub use timeline_panel::TimelinePanel;
