"""holdout233, part B: blogs, WeChat mirrors, sharing sites, education portals, intranets.

Every page, place, person, firm, site, URL and number here is invented; see ../README.md
and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="blog-qizhi-essay-window-bird-feeder",
        site="栖枝小筑 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://qizhi-xiaozhu.net/2025/02/11/window-feeder/",
        title="窗外那只喂鸟器",
        record_title="窗外那只喂鸟器 ∣ 栖枝小筑·周末手记",
        date="2025-02-11",
        notes="blog post with a tag cloud, an archive, a comment form and a tip line glued after a sentence; "
        "the byline's 发表于 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>窗外那只喂鸟器 ∣ 栖枝小筑·周末手记</title>
<link rel="alternate" type="application/rss+xml" href="https://qizhi-xiaozhu.net/feed/">
<script async src="/js/prism.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 栖枝小筑⟧</p><p class="site-desc">⟦m 一个退休会计的周末手记⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/birds/">⟦m 鸟事⟧</a> <a href="/category/garden/">⟦m 种花⟧</a> <a href="/about/">⟦m 关于我⟧</a></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2025-02-11 · 分类：鸟事 · 阅读 612⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：喂鸟 / 阳台 / 冬天⟧</footer>
<nav class="post-nav"><p>⟦l ← 前一篇：腊梅开了三朵⟧</p><p>⟦l 后一篇：给麻雀搭的小屋漏雨了 →⟧</p></nav>
<section id="comments"><h3>⟦l 3 条留言⟧</h3>
<p>⟦l 竹篱笆：我家窗外也挂了一个，来的全是白头鹎⟧</p>
<form><textarea placeholder="说点什么吧"></textarea><button>⟦a 提交留言⟧</button></form></section>
</article></main>
<aside class="sidebar"><h4>⟦l 标签云⟧</h4><p>⟦l 鸟事 多肉 退休生活 阳台菜园 麻雀 旧物⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年二月 (4)⟧</li><li>⟦l 2025年一月 (6)⟧</li><li>⟦l 2024年十二月 (5)⟧</li></ul></aside>
<footer class="site-footer">⟦d 本站文字与照片未经允许请勿转载⟧　⟦m 由 Typecho 驱动 · qizhi-xiaozhu.net⟧</footer>
</body></html>
""",
        body="""
去年冬至那天，我在书房窗外挂了一只小小的木头喂鸟器，是外孙在学校科学课上做的，屋顶歪歪扭扭，还刷了一层绿漆。
头一个星期一只鸟也没来。我每天早上往里添一小把小米，第二天原样不动。老伴笑我白费工夫，我也有点泄气。
第九天早上，一只麻雀落在了喂鸟器的小台子上，歪着脑袋看了我半天，叼了一粒米就飞走了。⟦a 觉得有趣就请我喝杯茶吧 ☕⟧ 后来，来的鸟越来越多，有麻雀，有白头鹎，有一次还来了一对暗绿绣眼鸟。
如今我每天早上的第一件事，就是泡一杯茶坐在窗前看鸟。外孙周末来，进门的第一句话总是问我：今天来了几只鸟。
""",
    ),
    dict(
        slug="blog-puteacher-notes-class-boards-wrapped",
        site="蒲老师的教室 (invented, teacher's blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://pulaoshi.blog.jiaoyuquan.cn/article/20412",
        title="班级文化展板，我做了十年",
        record_title="〔讲台边角料〕班级文化展板，我做了十年 —— 蒲老师的教室",
        date=None,
        notes="teacher's blog hard-wrapped at 60 columns; posted '4 天前' (no date); a category line, a like row, "
        "comments and a blog footer",
        page="""
!m 蒲老师的教室
!m 二十年班主任，一支粉笔半块黑板
!m 博客首页 | 班级管理 | 读书 | 相册 | 留言板
!t 〔讲台边角料〕班级文化展板，我做了十年
!m 4 天前　|　分类：班级管理　|　阅读(286)　评论(4)
{BODY}
!l 👍 赞(37)　　⭐ 收藏　　↗ 转载到我的博客
!l 评论区
!l 晓禾老师：学生自己出的展板最有生命力，认同！
!l 山里的粉笔：求一张展板分区照片
!a 发表评论需先登录教育圈账号
!m Copyright 蒲老师的教室 · 托管于教育圈博客
""",
        wrap=60,
        indent="\u3000\u3000",
        body="""
从2015年当班主任起，我每学期都要和学生一起做一块班级文化展板。十年下来，教室后墙换了二十块展板，每一块都记得是哪届学生做的。
刚开始我图省事，从网上找模板打印出来往上贴，学生看都不看。后来我把展板分成四个区：“我们的约定”“本月之星”“读书角”“心里话”，每个区交给一个小组负责，内容全由学生自己写、自己画。
展板的材料也换过好几回。KT板便宜，可一个学期就翘边；后来换成软木板，图钉随便按，用了三年都不坏。
今年毕业的那届学生，临走前把展板上的“心里话”一张张取下来，装进信封带走了。那一刻我明白，展板挂的不是装饰，是一个班的日子。
""",
    ),
    dict(
        slug="wechat-mirror-wangxi-sports-hoop-safety",
        site="微读存档 (invented, WeChat mirror) / 辋溪体育",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://weidu-cundang.com/s/wangxi-tiyu/20250703-1",
        title="暑期打球，这几类篮球架千万别挂、别爬",
        record_title=None,
        date="2025-07-03",
        notes="WeChat mirror; no title in the record, the <h1> holds it; the account line gives the date; a follow "
        "prompt glued before the first words, a QR line and 阅读原文/在看 rows; the account's own 咨询电话 stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>微读存档 - 公众号文章备份</title>
<meta property="og:site_name" content="微读存档">
<script>var biz="MzU5ODcxNDQ2MQ==";</script>
</head><body>
<div class="wd-bar"><a href="/">⟦m 微读存档⟧</a> <span>⟦m 公众号文章离线备份站⟧</span> <a href="/search">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　辋溪体育　2025年7月3日 17:45　山东⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<p class="qr">⟦a 长按识别二维码，关注“辋溪体育”⟧</p>
<div class="rm-tool">⟦l 阅读原文　　分享　　在看　　赞⟧</div>
<div class="rm-read">⟦m 阅读 2.4万　在看 186⟧</div>
</div>
<div class="wd-more"><h4>⟦l 该号往期文章⟧</h4><p>⟦l 辋溪县第五届“村BA”报名开始啦⟧</p><p>⟦l 全民健身路径器材使用指南⟧</p></div>
<div class="wd-foot">⟦d 本页为公众号文章的离线备份，版权归原公众号所有⟧ ⟦m weidu-cundang.com⟧</div>
</body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.8">{}</p></section>',
        body="""
⟦a 点击上方蓝字“辋溪体育”，关注我们⟧暑假到了，村里、小区里的篮球场又热闹起来。县文化和旅游体育局提醒大家，打球前先看一眼篮球架，遇到下面几种情况，千万别挂篮圈、别攀爬。
1．底座没有配重或者配重块被搬走的篮球架。这类篮球架一旦有人吊在篮圈上，很容易整体前倾。
2．立柱根部锈穿、焊缝开裂的篮球架。
3．篮圈已经下垂、篮板有裂纹的篮球架。
4．临时摆放、可以随手推动的移动式篮球架。
家长要叮嘱孩子，不要为了模仿扣篮吊在篮圈上，也不要爬到篮板上取球。发现篮球架有隐患，可以拍照发到村委会或社区，也可拨打县文旅体局咨询电话0745-6623017反映。
""",
    ),
    dict(
        slug="wechat-mirror-huihu-pledge-balcony-stands",
        site="号外存档 (invented, WeChat mirror) / 麾湖街道微讯",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://haowai-cd.com/a/huihujiedao/2025-04-23",
        title="关于规范阳台花架摆放的倡议书",
        record_title="关于规范阳台花架摆放的倡议书 ⁄ 麾湖街道微讯 · 历史消息",
        date="2025-04-22",
        date_also=["2025-04-23"],
        notes="WeChat mirror as text; the account date differs from the 成文日期 (also accepted); sentences on "
        "扫码 and 分享 are content; a star prompt and a reward row are chrome",
        page="""
!m 号外存档 · 公众号文章归档
!m 麾湖街道微讯
!t 关于规范阳台花架摆放的倡议书
!m 麾湖街道微讯　2025-04-23 08:30 发布于 山东
!a 把“麾湖街道微讯”设为星标，每天第一时间收到推送
{BODY}
!l 阅读原文　|　在看　|　分享到朋友圈
!a 喜欢作者 ❤ 赞赏
!m 本文存档自微信公众平台，如需删除请联系 haowai-cd@proton.me
""",
        indent="",
        gap=True,
        body="""
辖区各位居民朋友：
春天到了，不少居民在阳台内外摆上了花架。但近来我们在巡查中发现，有的花架挂在窗外，有的花盆放在护栏上，一旦遇到大风，随时可能坠落伤人。为了大家头顶上的安全，麾湖街道向全体居民发出如下倡议：
一、不在窗外、空调外机架上悬挂花架，已悬挂的请移入阳台内。
二、阳台花架要靠墙放稳，花盆不摆在护栏顶上。
三、大风天气前收好易倒的花盆和杂物。
需要帮忙拆除花架的独居老人，请扫描小区公告栏上的二维码登记，网格员将上门协助。也请您把这份倡议分享给家人和邻居，一起守护头顶上的安全。
麾湖街道办事处
2025年4月22日
""",
    ),
    dict(
        slug="docshare-shuxiang-contract-board-making-template",
        site="书享网 (invented, document sharing)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.shuxiangwang.com/doc/4471932.html",
        title="展板制作安装合同",
        record_title="【合同样稿·可直接填写】展板制作安装合同 - 书享网",
        date=None,
        notes="sharing reader with an uploader line, ratings, a points lock, an upload notice and a service WeChat; a "
        "contract template with 第N条, ＿＿ blanks, ×× placeholders and ＿＿年＿＿月＿＿日 (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【合同样稿·可直接填写】展板制作安装合同 - 书享网</title>
<script src="//cdn.shuxiangwang.com/js/viewer.2025.js"></script>
</head><body>
<div class="sx-top"><a href="/">⟦m 书享网⟧</a> <span>⟦m 好文档，大家一起用⟧</span> <a href="/upload">⟦a 传文档赚积分⟧</a> <a href="/login">⟦a 会员登录 · 注册⟧</a></div>
<div class="sx-path">⟦m 书享网 / 合同协议 / 加工承揽合同⟧</div>
<div class="sx-doc"><h1>{T}</h1>
<div class="sx-info">⟦m 分享人：阿简文印　格式：DOCX　评分：4.6（83人）　下载量 1932⟧</div>
<div class="sx-content">
{BODY}
</div>
<div class="sx-lock">⟦a 下载这份Word需要 5 个书享积分⟧ <a>⟦a 积分充值⟧</a></div>
<div class="sx-tip">⟦d 文档来自网友分享，书享网不对内容的准确性负责；如侵犯权利，请点击“申诉”⟧</div>
</div>
<div class="sx-side"><h4>⟦l 同类合同⟧</h4><p>⟦l 广告灯箱制作安装合同⟧</p><p>⟦l 户外广告牌租赁合同⟧</p>
<p>⟦w 找不到合适的合同？书享客服微信 sx-hetong 帮你找⟧</p></div>
<div class="sx-foot">⟦m 书享网 shuxiangwang.com　苏ICP备22031546号⟧</div>
</body></html>
""",
        body="""
甲方（委托方）：＿＿＿＿＿＿＿＿
乙方（承揽方）：＿＿＿＿＿＿＿＿
第一条　甲方委托乙方制作展板＿＿块，规格为＿＿厘米×＿＿厘米，材质为××板，画面内容由甲方提供。
第二条　合同总价为人民币＿＿＿＿元（大写：＿＿＿＿＿＿），含设计、制作、运输和安装费用。
第三条　乙方应于＿＿年＿＿月＿＿日前完成安装。展板须安装牢固，户外展板应能抵御××级大风。
第四条　展板安装后一年内出现开胶、褪色、脱落的，乙方负责免费维修或更换。
第五条　任何一方违约的，应向对方支付合同总价＿＿%的违约金。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wendou-request-kindergarten-sand",
        site="文兜 (invented, document sharing)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="https://www.wendou.cc/d/20250312/77019.html",
        title="关于申请购置幼儿园沙坑游戏用沙的请示",
        record_title="关于申请购置幼儿园沙坑游戏用沙的请示.docx",
        date="2025-03-10",
        notes="file-name record title; the request's own 联系人/电话 beside the site's service WeChat; an upload "
        "notice, a share-stamp line (no date) and a points prompt",
        page="""
!m 文兜 · 资料随身兜
!t 关于申请购置幼儿园沙坑游戏用沙的请示.docx
!m 分享于 2025-03-12　|　9.8KB　|　浏览 471 次　|　2 页
!d 这份文档是网友分享的，文兜不保证其内容准确，仅供参考使用。
{BODY}
!a 还剩 1 页未显示，用 2 兜币下载完整文件
!w 兜兜客服（微信）：wendou-kf2
!l 你可能还需要：幼儿园采购申请报告.docx　关于增拨幼儿园运转经费的请示.doc
""",
        indent="\u3000\u3000",
        body="""
区教育局：
我园户外沙坑建于2016年，面积约80平方米。经过多年使用，沙子已严重板结、混入泥土，今年春季检查时还发现了碎石和烟头，已不适合幼儿游戏。
为保障幼儿安全和健康，我园拟将沙坑内旧沙全部清运，更换为经过水洗筛选的游戏专用沙约24立方米，预计需要资金1.3万元。我园自有经费不足，特申请区教育局予以解决。
妥否，请批示。
联系人：郜雯，电话：0745-8351276
麾湖区第二实验幼儿园
2025年3月10日
""",
    ),
    dict(
        slug="edu-zhoushan-notice-school-jump-pits",
        site="辀山县教育和体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.zhoushan-xian.gov.cn/tzgg/2025/0416/3310.html",
        title="关于做好中小学田径沙坑安全检查的通知",
        record_title="关于做好中小学田径沙坑安全检查的通知 — 体卫艺工作 — 辀山县教育和体育局",
        date="2025-04-14",
        date_also=["2025-04-16"],
        notes="education portal with 关怀版/读屏 links, a numbered list, a 附件 list beside an attachment download "
        "link, the document's 联系人/电话 and 邮箱 beside a technical-support line; posting date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于做好中小学田径沙坑安全检查的通知 — 体卫艺工作 — 辀山县教育和体育局</title>
<script src="/assets/js/wza.min.js"></script>
</head><body>
<div class="jy-top">⟦m 辀山县教育和体育局⟧ <a href="/ghb/">⟦a 关怀版⟧</a> <a href="#" onclick="dp()">⟦a 读屏开启⟧</a></div>
<div class="jy-nav"><a>⟦m 局务概况⟧</a><a>⟦m 教育动态⟧</a><a>⟦m 体卫艺工作⟧</a><a>⟦m 招生考试⟧</a><a>⟦m 办事指南⟧</a></div>
<div class="jy-pos">⟦m 您所在的位置：首页 ＞ 体卫艺工作 ＞ 通知文件⟧</div>
<div class="jy-art">
<h2>{T}</h2>
<p class="jy-meta">⟦m 来源：体卫艺股　日期：2025-04-16　点击数：873⟧</p>
<div class="jy-text">
{BODY}
</div>
<p class="jy-att"><a href="/uploads/2025/0416/jc.docx">⟦a 📎 点击下载：田径沙坑安全检查表.docx⟧</a></p>
<p class="jy-print">⟦a 【打印正文】【关闭本页】⟧</p>
</div>
<div class="jy-links"><h4>⟦l 友情链接⟧</h4><p>⟦l 毂阳市教育局 | 辀山县人民政府 | 国家中小学智慧教育平台⟧</p></div>
<div class="jy-foot">
<p>⟦m 地址：辀山县学府路6号　邮编：273400⟧</p>
<p>⟦m 网站技术保障：0745-7310059（工作日）⟧</p>
<p>⟦m 鲁ICP备12020874号-4⟧</p>
</div>
</body></html>
""",
        body="""
各中小学校：
春季田径运动会即将陆续举行。跳远、三级跳远沙坑如管理不善，容易造成学生扭伤、划伤。为确保学生安全，现就做好田径沙坑安全检查通知如下。
1．4月25日前，各校对沙坑进行一次全面翻松，沙层厚度不少于30厘米，并清除石子、玻璃、铁钉等杂物。
2．检查沙坑边框和起跳板，边框外露的水泥棱角要包软垫，松动的起跳板要及时固定。
3．沙坑不用时应加盖覆盖物，防止雨水浸泡和动物污染。
4．建立检查台账，每次检查后由体育教师签字。
附件：田径沙坑安全检查表
联系人：阮秋池，电话：0745-7313326，邮箱：zstwy@126.com
辀山县教育和体育局
2025年4月14日
""",
    ),
    dict(
        slug="edu-guanglu-school-notice-summer-hoops",
        site="辀山县光禄路小学 (invented, school site on the county education cloud)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://glxx.zsedu.cn/html/xxgg/2025/0630/1922.html",
        title="关于暑假期间校园篮球场对外开放的通知",
        record_date=None,
        date="2025-06-30",
        notes="school page on an education cloud; the record gives the title as is; 扫码 sign-up and a duty phone "
        "are content beside the school office's line in the footer; 成文日期 under the signature",
        page="""
!m 辀山县光禄路小学
!m 辀山教育云 · 学校空间
!m 学校首页 ＞ 校务公开 ＞ 通知公告
{T}
!m 作者：总务处　　时间：2025-06-30　　点击：538
{BODY}
!l 上一条：2024—2025学年第二学期期末工作安排
!l 下一条：暑期防溺水致家长的一封信
!m 学校地址：辀山县光禄路88号　校办电话：0745-7326600
!m 技术支持：辀山教育云平台
""",
        indent="\u3000\u3000",
        body="""
各位家长、周边居民：
为满足暑期群众健身需求，学校篮球场将于7月5日至8月25日对外开放，现将有关事项通知如下。
一、开放时间：每天6:00—8:00、17:30—20:30。
二、入场方式：首次入场请扫描校门口的二维码登记，凭登记码进入。
三、安全须知：学校已对4副篮球架逐一检查加固，但请勿悬挂篮圈、攀爬篮球架，未成年人须由家长陪同。
四、值班电话：0745-7326618（暑期值班室）。
辀山县光禄路小学
2025年6月30日
""",
    ),
    dict(
        slug="intranet-yizhi-minutes-stand-workshop-safety",
        site="逸枝协同 (invented, a plant-stand maker's OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.yizhi-home.local/doc/view?id=20250612-0031",
        title="花架生产车间6月安全生产例会纪要",
        record_title="[已签收·存档] 花架生产车间6月安全生产例会纪要 · 逸枝协同",
        date="2025-06-12",
        notes="OA document view with its 流转记录, read count and a 标记已阅 button; minutes with 时间/地点/主持/"
        "参会/记录 lines (the 时间 line gives the date); an IT-desk line beside the document's own extension",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[已签收·存档] 花架生产车间6月安全生产例会纪要 · 逸枝协同</title>
<script src="/static/oa/core.js"></script>
</head><body>
<div class="oa-head">⟦m 逸枝家居用品有限公司 · 协同办公⟧ <span>⟦m 当前用户：质安部 邢可⟧</span> <a href="/logout">⟦a 退出系统⟧</a></div>
<div class="oa-menu"><a>⟦m 待办事项⟧</a><a>⟦m 公文流转⟧</a><a>⟦m 会议管理⟧</a><a>⟦m 知识文库⟧</a></div>
<div class="oa-doc">
<h2>{T}</h2>
<table class="oa-meta"><tr><td>⟦m 拟稿部门：生产一部⟧</td><td>⟦m 保密等级：内部资料⟧</td><td>⟦m 已读 64 人⟧</td></tr></table>
<div class="oa-body">
{BODY}
</div>
<div class="oa-btn"><button>⟦a 标记已阅⟧</button> <button>⟦a 转发同事⟧</button> <button>⟦a 另存为PDF文件⟧</button></div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 06-12 17:20 生产一部 单卿 发起⟧</p><p>⟦l 06-13 09:02 质安部 邢可 已签收⟧</p><p>⟦l 06-13 10:15 总经办 朱立恒 已阅⟧</p></div>
</div>
<div class="oa-foot">⟦m 系统故障请拨信息中心 8600⟧　⟦d 内部资料，严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年6月12日15:00
地点：一号厂房二楼会议室
主持：单卿（生产一部经理）
参会：焊接、喷涂、木作、包装四个班组长及安全员
记录：梅小蒿
一、上月情况。5月花架产量1.86万件，发生轻微划伤2起，均为木作班组打磨时未戴手套所致。
二、会议议定事项。
1．焊接班组本月内更换3台焊机的接地线，由设备科验收。
2．喷涂间排风扇每日开工前试运行，油漆桶一律放入防爆柜。
3．木作班组打磨工序必须戴防割手套，班组长每日抽查。
4．成品花架堆放不得超过5层，通道保持1.2米宽。
三、下次例会定于7月10日召开。各班组如有安全问题，可随时拨打安全员分机8231。
""",
    ),
    dict(
        slug="intranet-hengtu-rules-board-storeroom",
        site="恒图展示器材公司内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://intra.hengtu-zs.local/zhidu/xingzheng/0037",
        title="展板库房管理规定",
        record_title="《展板库房管理规定》（2025年试行稿）-制度汇编-行政部",
        date=None,
        notes="intranet rule page; 第N条 articles speak of 下载/打印/扫码 as content; an effective clause but no date; "
        "a download-attachment button glued after a sentence, an IT line and a confidentiality footer",
        page="""
!m 恒图展示器材有限公司 内部网
!m 首页 > 制度汇编 > 行政管理类
!t 《展板库房管理规定》（2025年试行稿）
!m 发布部门：行政部　　版本：V1.0　　浏览：219
!a [收藏] [打印] [导出]
{BODY}
!l 相关制度：车辆使用管理办法 | 办公用品领用规定
!m 内网问题请联系信息部 分机 6012
!d 本页内容仅限公司员工查阅，禁止截图外传
""",
        indent="",
        body="""
第一条　为规范展板的入库、保管和借用，减少损坏丢失，制定本规定。
第二条　本规定适用于公司库房内的成品展板、展架和半成品板材。
第三条　展板入库时，库管员应核对数量、规格，扫描展板背面的二维码录入系统。
第四条　展板应竖立存放在专用架上，不得平放叠压；KT板与铝合金展架分区存放。
第五条　各部门借用展板，须在内网下载《展板借用单》，填写后打印交库管员签字。⟦a 【附件下载】⟧
第六条　借出的展板应在活动结束后三日内归还，损坏的由借用部门说明原因。
第七条　库房每月盘点一次，盘点表由行政部存档。
第八条　本规定由行政部负责解释，自发布之日起试行。
""",
    ),
]
