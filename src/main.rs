//! Entry point of the Article Atlas web app: mounts the Yew root component.

fn main() {
    yew::Renderer::<article_atlas::app::App>::new().render();
}
