"""holdout328, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Every case below was written by hand for this part.
"""

CASES = [
    dict(
        slug="blog-mitang-essay-three-oven-papers-calendar",
        site="蜜糖罐子的厨房笔记 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://mitangguanzi.blog/2025/01/19/three-papers/",
        title="烘焙纸、油布和锡纸：我家烤箱里的三张“纸”",
        record_title="烘焙纸、油布和锡纸：我家烤箱里的三张“纸” | 蜜糖罐子的厨房笔记",
        date="2025-01-19",
        notes="WordPress-like blog: the post's 发表于 line is the page's date; a like counter glued after a paragraph; "
        "a calendar widget, an archive, a tag cloud and a comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>烘焙纸、油布和锡纸：我家烤箱里的三张“纸” | 蜜糖罐子的厨房笔记</title>
<link rel="stylesheet" href="/wp-content/themes/cream/style.css"></head>
<body class="single">
<header><p class="site-title">⟦m 蜜糖罐子的厨房笔记⟧</p><p class="site-description">⟦m 一个上班族的周末烤箱⟧</p>
<nav>⟦m 首页 · 烘焙 · 家常菜 · 器具 · 关于罐子⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2025年1月19日 · 分类：器具 · 阅读 982⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="tags">⟦l 标签：烘焙纸 / 油布 / 锡纸 / 烤箱新手⟧</div>
<nav class="post-nav">⟦l ← 前一篇 第一次做蛋糕卷就裂了⟧ ⟦l 后一篇 年夜饭的八宝饭 →⟧</nav>
<section id="respond"><h3>⟦l 给罐子留个言⟧</h3><p>⟦l 昵称（必填）　邮箱（不会公开）　网址⟧</p><button>⟦a 提交留言⟧</button></section>
</article></main>
<aside>
<section class="widget_calendar"><h4>⟦l 2025年一月⟧</h4><table><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr><tr><td>⟦l 13 14 15 16 17 18 19⟧</td></tr></table></section>
<section class="widget_archive"><h4>⟦l 往期文章⟧</h4><ul><li>⟦l 2025年一月 (4)⟧</li><li>⟦l 2024年十二月 (6)⟧</li></ul></section>
<section class="widget_tag_cloud"><h4>⟦l 标签云⟧</h4><p>⟦l 戚风 吐司 曲奇 器具 家常菜 早餐⟧</p></section>
</aside>
<footer>⟦m © 2025 蜜糖罐子 · 基于 WordPress 搭建 · 主题 Cream⟧</footer>
</body></html>
""",
        body="""
刚学烘焙那年，我把烤盘上垫的东西一律叫作“纸”，直到有一次用锡纸烤饼干，底部全粘住了，才开始认真分辨它们。
烘焙纸是两面涂了硅油的纸，不粘、耐高温，一般能到220℃到230℃，烤饼干、蛋糕卷最省心，但通常只能用一两次。
油布是玻璃纤维加涂层做的，洗干净能用很多年，适合天天开烤箱的人，缺点是不能随便裁剪，尺寸要买对。⟦a ♥ 喜欢 36⟧
锡纸导热快，适合包着烤鸡翅、烤红薯，却不防粘，酸性的食物也不宜在上面久放。
后来我给自己定了个规矩：甜点用烘焙纸，肉类用锡纸，常做的曲奇用油布。三张“纸”各守各的位置，烤箱也干净了不少。
""",
    ),
    dict(
        slug="blog-shanjian-memoir-aluminium-dumpling-mould-wrapped",
        site="山涧老周的博客 (invented)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://laozhou-shanjian.blog.example.net/post/20241222.html",
        title="母亲的那只铝饺子模",
        record_title="母亲的那只铝饺子模 - 旧物记 - 山涧老周的博客",
        date=None,
        notes="a memoir hard-wrapped at 58 columns; only a year (七十年代末) inside the text and a 阅读 count, no date; "
        "category line, prev/next, visitors' notes",
        page="""
!m 山涧老周的博客
!m 记下日子里的小事
!m 首页 | 旧物记 | 读书札记 | 留言本
{T}
!m 分类：旧物记　标签：母亲 饺子 冬至　阅读（213）
{BODY}
!l 上一篇：外公的竹编提篮
!l 下一篇：楼下修鞋的老陈
!l 访客留言（5）
!l 清风徐来：看哭了，我家也有一只一模一样的
!m 本博文字均为老周原创，引用请注明出处
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
母亲有一只铝饺子模，巴掌大小，边缘压着一圈细细的花纹，是七十年代末父亲从县城五金店买回来的，花了三毛五分钱。
那时家里人口多，过年要包四五百个饺子。母亲擀皮，我们兄妹几个就轮流用饺子模：皮往模子里一铺，放馅，两边一合，“咔嗒”一声，一个带花边的饺子就落进了盖帘。
母亲总说用模子包的饺子“没有人味”，她自己从来不用，可每年腊月又总是第一个把它找出来，用开水烫一遍，擦干了摆在案板边上。
后来我们都离开了家，饺子模在碗柜里一放就是好些年。去年母亲搬来城里住，行李不多，那只饺子模却用旧手帕包着带来了。
今年冬至，女儿第一次用它包饺子，“咔嗒”一声，母亲在旁边笑了。
""",
    ),
    dict(
        slug="wechat-michuan-mirror-clip-myths-h1",
        site="微读集 (invented WeChat mirror) / 谧川市场监管",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.weiduji.net/a/mcscjg/20250107_2041.html",
        title="封口夹能夹进冷冻室吗？这几个使用误区要注意",
        record_title=None,
        date="2025-01-07",
        notes="WeChat mirror, no title in the record (the <h1>); the account line's date is the page's date; a follow "
        "prompt glued before the first words; 阅读原文/在看 rows, a reward button, a QR line and the mirror's note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>微读集 - 公众号文章存档</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body>
<div class="mirror-bar">⟦m 微读集 · 公众号文章存档⟧ <a href="/">⟦m 返回微读集首页⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧ ⟦m 谧川市场监管⟧ ⟦m 2025-01-07 18:30⟧ ⟦m 发表于四川⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 3104⟧　⟦a 点赞 41⟧　⟦a 在看 17⟧</div>
<div class="reward">⟦a 喜欢作者就打个赏⟧</div>
<div class="qr">⟦a 长按识别下方二维码，关注谧川市场监管⟧</div>
</div>
<div class="mirror-note">⟦d 本页由微读集自动存档，内容版权归原公众号所有，如需删除请联系 del@weiduji.net⟧</div>
</body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.8">{}</p></section>',
        body="""
⟦a 点击上方蓝字“谧川市场监管”，一键关注不迷路⟧家里的零食、奶粉、冷冻水饺开了封，很多人都会随手夹上一个封口夹。小小夹子用得对，才能真正防潮保鲜。
误区一：所有封口夹都能进冷冻室。普通聚丙烯塑料夹在零下18℃会变脆，用力一捏就可能断裂，碎片还可能混进食物。冷冻食品请选择标明“耐低温”的夹子。
误区二：夹上就万事大吉。袋口要先卷两三折再夹，只夹一层，空气照样进得去。
误区三：夹子旧了照样用。夹齿开裂、弹簧生锈的封口夹要及时更换，生锈的金属夹不要直接接触食物。
误区四：给孩子当玩具。弹簧力较大的封口夹容易夹伤手指，请放在孩子够不到的地方。
购买时请认准标有材质、适用温度和生产企业信息的产品，发现质量问题可拨打12315投诉举报。
""",
    ),
    dict(
        slug="wechat-hutang-letter-unbleached-filters-account",
        site="号外存档 (invented WeChat mirror) / 扈塘咖啡研究所",
        style="公众号镜像",
        genre="信函",
        kind="letter",
        form="text",
        source="https://haowai-cundang.com/mp/hutangcoffee/2025022001.html",
        title="致顾客的一封信：我们为什么换成了原色滤纸",
        record_title="致顾客的一封信：我们为什么换成了原色滤纸 | 扈塘咖啡研究所",
        date="2025-02-20",
        date_also=["2025-02-21"],
        notes="WeChat mirror as text: account line dated the day after the letter's own date (the letter's date "
        "expected); a sentence asking readers to scan a QR code on the counter is content; star prompt, 在看 row",
        page="""
!m 号外存档 › 生活 › 扈塘咖啡研究所
{T}
!m 扈塘咖啡研究所　2025年02月21日 08:05　江苏
!a 记得把“扈塘咖啡研究所”设为星标，新文章不错过
{BODY}
!a 阅读原文　　分享　　在看 62
!m 阅读 1.4万
!l 往期推荐：拼豆日记｜我们的第一台烘豆机
!d 号外存档仅作存档备份之用，文章版权属于原作者
""",
        body="""
亲爱的顾客朋友们：
从本月起，店里的手冲咖啡全部改用未经漂白的原色滤纸。有细心的朋友问：“新滤纸颜色发黄，是不是不干净？”在这里和大家说明一下。
原色滤纸保留了木浆本来的颜色，生产中少了一道漂白工序，用过的滤纸可以和咖啡渣一起堆肥。我们已和城郊两家果园约好，每周把咖啡渣和滤纸送过去做肥料。
原色滤纸如果不润湿会带一点纸味，所以每一杯冲煮前，店员都会先用热水冲洗滤纸，并把这部分水倒掉，请大家放心。
如果您想了解果园堆肥的情况，欢迎扫描吧台上的二维码，查看每周的送肥记录。
感谢大家一直以来的支持！
扈塘咖啡研究所全体伙伴
2025年2月20日
""",
    ),
    dict(
        slug="docshare-xiangyue-pledge-piping-bags-doc-file",
        site="享阅文档网 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.xiangyuedoc.com/d/3390172.html",
        title="关于烘焙门店减少一次性裱花袋使用的倡议书",
        record_title="关于烘焙门店减少一次性裱花袋使用的倡议书.doc",
        date="2025-06-05",
        notes="sharing page with a .doc file-name record title: rating stars, an upload notice, a points lock, a service "
        "WeChat; a 'read the rest in the app' line between paragraphs; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>关于烘焙门店减少一次性裱花袋使用的倡议书.doc-享阅文档网</title></head>
<body>
<div class="hd">⟦m 享阅文档网 · 好文档大家享⟧ <a>⟦a 上传赚积分⟧</a> <a>⟦a 会员中心⟧</a></div>
<div class="doc-title"><h1>⟦t 关于烘焙门店减少一次性裱花袋使用的倡议书.doc⟧</h1>
<p>⟦m 文档格式：.doc　页数：2　评分：★★★★☆ 4.3　下载：126 次⟧</p></div>
<div class="notice">⟦d 本文档由网友“青柚不酸”上传至享阅文档网，仅代表上传者观点⟧</div>
<div class="doc-view">
<h2>{T}</h2>
{BODY}
</div>
<div class="lockbox">⟦a 下载本文档需 8 个享阅积分 · 积分不够？签到领积分⟧</div>
<div class="kefu">⟦w 文档问题找享阅客服，微信 xiangyue_kf01⟧</div>
<div class="rel">⟦l 大家还在看：烘焙门店垃圾分类管理制度｜奶茶店减塑行动方案⟧</div>
<div class="ft">⟦m © 享阅文档网 xiangyuedoc.com　苏ICP备21055130号⟧</div>
</body></html>
""",
        body="""
全市烘焙行业的同仁们：
一次性裱花袋方便卫生，却也是烘焙门店塑料垃圾的重要来源。据协会对32家会员门店的统计，每家门店每月平均用掉一次性裱花袋1400余个。为此，我们向全市烘焙门店发出如下倡议：
一、非奶油类面糊优先使用可清洗的硅胶或布质裱花袋，并建立清洗消毒记录；
⟦a 打开享阅APP，免积分看完整篇⟧
二、奶油裱花确需使用一次性裱花袋的，选用厚度适中、一次能装足用量的规格，减少中途换袋；
三、门店培训采用“练习用可洗袋、出品用一次性袋”的做法；
四、用过的一次性裱花袋单独收集，交由有资质的单位回收处理。
让我们从一只裱花袋做起，共同守护城市的绿色与甜蜜。
贲城市焙烤食品行业协会
2025年6月5日
""",
    ),
    dict(
        slug="docshare-wenshu-rules-baking-paper-oneline",
        site="文枢共享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.wenshu-share.cn/doc/88410257.html",
        title="烘焙坊烘焙纸领用与存放管理规定",
        record_title="烘焙坊烘焙纸领用与存放管理规定（WPS可改）- 文枢共享",
        date=None,
        notes="a rule with 第N条 articles, the whole body on one line; an effective clause only (no date); the sharing "
        "page's download/points and disclaimer lines",
        page="""
!m 文枢共享 ｜ 资料多一点，找得快一点
!t 烘焙坊烘焙纸领用与存放管理规定（WPS可改）
!m 分享者：面包房老K　格式：WPS　1页　下载 58 次　更新于 2 周前
!a 立即下载（2 枢币）　｜　收进我的文件夹
{BODY}
!a 以上为全文预览，登录文枢后可下载可编辑版本
!d 文枢共享所有资料由用户分享，版权归原作者，本站只提供存储空间
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
第一条　为规范烘焙纸的领用、存放和使用，保证食品安全，节约耗材，制定本规定。
第二条　烘焙纸由仓管员统一采购入库，入库时查验食品接触用产品合格证明，无证明的不得入库。
第三条　烘焙纸应存放在干燥、通风、离地离墙的货架上，远离油烟和清洁剂；开封后用原包装折好，用封口夹夹紧。
第四条　各班组按当日生产计划领用，领用时在登记表上签字，剩余的整张烘焙纸当班退回仓库。
第五条　烘焙纸限单次使用，不得重复铺盘；使用温度不得超过包装标注的最高温度。
第六条　本规定自发布之日起施行，由生产部负责解释。
""",
    ),
    dict(
        slug="edu-lvxi-notice-solstice-labour-week-attachments",
        site="闾溪县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.lvxi.gov.cn/tzgg/2024/1213/2290.html",
        title="关于开展中小学“冬至包饺子”劳动教育实践周活动的通知",
        record_title="关于开展中小学“冬至包饺子”劳动教育实践周活动的通知_通知公告_闾溪县教育体育局",
        date="2024-12-12",
        date_also=["2024-12-13"],
        notes="education bureau: 老年模式/读屏 links, an attachment download link beside the notice's own 附件 list, a "
        "technical-support line beside the notice's own 联系人/电话/邮箱; a sentence asking schools to 下载附件; page date "
        "differs from 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展中小学“冬至包饺子”劳动教育实践周活动的通知_通知公告_闾溪县教育体育局</title></head>
<body>
<div class="top">⟦m 闾溪县教育体育局⟧ <span class="r">⟦a 老年模式 | 读屏模式 | 移动版⟧</span></div>
<div class="nav">⟦m 首页　机构概况　通知公告　教育动态　招生考试　政策文件⟧</div>
<div class="loc">⟦m 您当前的位置：首页 » 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="sx">⟦m 发布日期：2024-12-13　来源：基础教育股　点击：2210⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj">⟦a 附件下载：劳动教育实践周活动记录表.docx⟧ ⟦a 学生劳动技能评价表.xlsx⟧</div>
</div>
<div class="foot">
<p>⟦m 闾溪县教育体育局 主办　地址：闾溪县文庙街12号⟧</p>
<p>⟦m 网站技术支持：闾溪县教育信息中心 0872-6120991⟧</p>
<p>⟦m 滇ICP备16008223号-1⟧</p>
</div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
为落实劳动教育课程要求，让学生在传统节日中学习生活技能，县教育体育局决定于12月16日至21日开展“冬至包饺子”劳动教育实践周活动。现将有关事项通知如下。
一、小学低年级以认识面粉、拌馅为主，可使用饺子模辅助成型；小学高年级和初中学生学习手工捏褶；高中学生参与食堂备餐。
二、各校使用的饺子模、擀面杖等用具要提前清洗消毒，刀具由教师统一保管，不得由学生单独使用。
三、请各校下载附件中的活动记录表，于12月25日前将活动总结和照片报送县教体局劳动教育办公室。
联系人：邢晓敏，电话：0872-6125037，邮箱：ldjy@lvxiedu.cn。
附件：1.劳动教育实践周活动记录表
2.学生劳动技能评价表
闾溪县教育体育局
2024年12月12日
""",
    ),
    dict(
        slug="edu-dunyang-lesson-filter-paper-chromatography",
        site="沌阳县教研网 (invented)",
        style="教育门户",
        genre="教学设计",
        kind="other",
        form="text",
        source="http://jyw.dunyang.edu.cn/kx/jxsj/1577.html",
        title="小学科学《纸上彩虹》滤纸色谱实验教学设计",
        record_title="【教研资源】小学科学《纸上彩虹》滤纸色谱实验教学设计 - 沌阳县教研网",
        date=None,
        notes="a lesson plan with numbered lists; a sentence asking pupils to scan the worksheet's QR code is content; "
        "update stamp 2 天前 (no date); resource-rating and download rows",
        page="""
!m 沌阳县教研网 · 小学科学学科
!m 首页 > 教学资源 > 小学科学 > 教学设计
!t 【教研资源】小学科学《纸上彩虹》滤纸色谱实验教学设计
!m 供稿：沌阳县实验小学 扈春燕　审核：县教研室　更新于 2 天前
!a 资源评分 ★★★★★　｜　下载教案包　｜　收藏资源
{BODY}
!l 同课异构：《水的三态变化》教学设计　《溶解的快慢》课堂实录
!d 本网教学资源仅供本县教师教研使用，请勿用于商业用途
""",
        body="""
一、教学目标
1.知道水性彩笔的颜色可能由几种色素混合而成；
2.会用咖啡滤纸和清水做简单的色谱分离实验；
3.养成如实记录实验现象的习惯。
二、材料准备
每组圆形咖啡滤纸4张，黑色和绿色水性彩笔各1支，透明塑料杯2个，清水、剪刀、记录单。
三、教学过程
（一）导入：出示一张被雨水打湿后“晕开”的作业本，请学生猜一猜黑色为什么变成了别的颜色。
（二）实验：在滤纸中心画一个小圆，把滤纸折成漏斗状插入杯中，让纸尖刚好接触水面，观察五分钟。
（三）交流：各组展示滤纸上的“彩虹”，比较黑色和绿色分出的颜色。
四、课后延伸
请学生回家用咖啡滤纸试一试其他颜色的彩笔，并扫描记录单上的二维码上传照片。
""",
    ),
    dict(
        slug="oa-hewen-minutes-cutting-workshop-safety-flow",
        site="鹤纹纸品协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.hewenpaper.local/doc/view?id=20250403-117",
        title="分切车间二季度安全生产例会纪要",
        record_title="〈例会〉分切车间二季度安全生产例会纪要 - 鹤纹协同办公",
        date="2025-04-03",
        notes="OA document view: its 流转记录 table, read counts and a sign-for-receipt button; the minutes' "
        "时间/地点/主持/参会/记录 lines in the body, the 时间 line the date; an IT desk extension in the footer",
        page="""
<html><head><meta charset="utf-8"><title>〈例会〉分切车间二季度安全生产例会纪要 - 鹤纹协同办公</title></head>
<body>
<div class="oa-top">⟦m 鹤纹纸品协同办公平台⟧ ⟦m 当前用户：分切车间 班组长⟧ <a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议管理　知识文档⟧</div>
<div class="doc-head"><h2>{T}</h2>
<p>⟦m 文档类别：会议纪要　密级：内部　拟稿部门：生产部⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<table><tr><td>⟦m 拟稿　胭佳　04-03 16:20⟧</td></tr><tr><td>⟦m 审核　盱国栋　04-03 17:05⟧</td></tr><tr><td>⟦m 分发　生产部、设备部、品质部、安环部　04-04 08:40⟧</td></tr></table></div>
<div class="read">⟦m 已阅 23 人 · 未阅 4 人⟧ <button>⟦a 签收本件⟧</button> <button>⟦a 转交他人⟧</button></div>
<div class="oa-foot">⟦m 系统问题请拨信息部服务台分机 8100⟧</div>
</body></html>
""",
        body="""
时间：2025年4月3日14:00
地点：二号楼三楼会议室
主持：生产部经理 盱国栋
参会：分切车间各班组长，设备部、品质部、安环部相关人员
记录：胭佳
会议通报了一季度分切车间安全生产情况，研究了滤纸分切、折叠工序存在的安全隐患。纪要如下：
一、一季度车间发生轻微割伤2起，均为更换分切刀片时未戴防割手套。会议要求即日起更换刀片须两人操作，并佩戴防割手套。
二、折叠成型机防护罩有3台存在松动，设备部于4月10日前完成紧固和联锁检查。
三、车间纸屑积聚较多，存在火灾隐患，各班组每班下班前清扫一次，安环部每周抽查。
四、下次例会定于7月上旬召开。
""",
    ),
    dict(
        slug="oa-xuping-bulletin-clip-burrs-record-title",
        site="盱屏云办公 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.xuping-plastic.local/notice/2025/0321-06",
        title="关于注塑二车间封口夹批量毛刺问题的通报",
        date="2025-03-21",
        notes="intranet notice as text with the record's own title; the notice's 联系人/分机 next to the IT desk's "
        "extension; receipt and forward buttons; 成文日期 under the signature",
        page="""
!m 盱屏云办公 ｜ 盱屏塑胶制品有限公司内部门户
!m 公告通报 › 质量通报
{T}
!m 发布部门：品质部　密级：内部公开　阅读：112
!a 确认已读　|　转发给同事　|　打印
{BODY}
!l 同栏目：关于3月份6S检查情况的通报　关于开展质量月活动的通知
!m 内网使用问题请联系IT服务台，分机 8008
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
3月17日，品质部在出货检验中发现注塑二车间生产的“小熊”系列封口夹（批号FK250315）存在批量毛刺，抽检200只中有37只夹齿边缘毛刺超标，已全部隔离返工，未流入客户。
经调查，原因是模具保养超期，分型面磨损后未及时修模，当班质检员首件检验流于形式。
根据公司质量考核办法，对注塑二车间扣减当月质量分5分，对当班质检员给予书面警告。
各车间要引以为戒，严格执行模具保养计划和首件检验制度，举一反三排查同类隐患。
联系人：品质部 盱海燕，分机 6215。
品质部
2025年3月21日
""",
    ),
]
