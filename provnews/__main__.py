from provnews.cli import main

main()
