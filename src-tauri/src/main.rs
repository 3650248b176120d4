fn main() {
    lifeboat_app::run();
}
