//! The views: header and tabs, reader (with rich text and entity mentions), events table,
//! entities index, filters, and the map and timeline panels.

pub mod app_header;
pub mod entities_panel;
pub mod events_table;
pub mod kind_filter;
pub mod map_panel;
pub mod mention;
pub mod reader;
pub mod rich_text;
pub mod timeline_panel;

pub use app_header::AppHeader;
pub use entities_panel::EntitiesPanel;
pub use events_table::EventsTable;
pub use map_panel::MapPanel;
pub use reader::Reader;
pub use timeline_panel::TimelinePanel;
