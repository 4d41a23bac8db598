"""holdout266, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text; see ../README.md and ../build.py for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="blog-shixu-essay-grandma-quilt-covers",
        site="拾絮小屋 (invented personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://shixu.blog.example/2023/12/waipo-beitao.html",
        title="外婆拆洗被套的冬天",
        record_title="外婆拆洗被套的冬天 · 拾絮小屋",
        date="2023-12-10",
        notes="blog with tag cloud, archive, calendar and comment form; the post's 发布于 byline is the date; a "
        "like/share row glued after the last sentence; a site suffix after a middle dot",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="UTF-8"><title>外婆拆洗被套的冬天 · 拾絮小屋</title>
<link rel="stylesheet" href="/wp-content/themes/quiet/style.css"><script src="/wp-includes/js/emoji.min.js"></script></head>
<body class="single">
<header class="site-header"><p class="site-title">⟦m 拾絮小屋⟧</p><p class="site-desc">⟦m 拾起生活里的碎絮，慢慢缝成一床被⟧</p>
<nav>⟦m 首页　随笔　读书　厨房　关于我⟧</nav></header>
<main><article class="post">
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 2023-12-10　分类：随笔　阅读 486⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-tags">⟦l 标签：外婆 / 被套 / 冬天 / 老手艺⟧</div>
<div class="post-nav">⟦l « 腌一坛雪里蕻⟧　⟦l 冬至的汤圆要包芝麻馅 »⟧</div>
</article>
<section id="comments"><h3>⟦l 5 条留言⟧</h3>
<div class="comment">⟦l 小满：看哭了，我外婆也是这样缝被子的。⟧</div>
<form>⟦a 发表评论（昵称和邮箱为必填项）⟧ <button>⟦a 提交留言⟧</button></form></section></main>
<aside class="sidebar">
<div class="widget">⟦l 标签云：随笔 外婆 读书 腌菜 旧物 冬天 旅行⟧</div>
<div class="widget"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2023年十二月 (4)⟧</li><li>⟦l 2023年十一月 (6)⟧</li></ul></div>
<div class="widget">⟦l 近期文章：腌一坛雪里蕻⟧</div></aside>
<footer>⟦d 本站文字均为原创，转载请留言告知并注明出处。⟧　⟦m © 2023 拾絮小屋 · 由 WordPress 驱动⟧</footer>
</body></html>
""",
        body="""
小时候一到冬天，外婆就要拆洗被子。那时候没有现成的被套，被面和被里是用针线缝在棉絮上的，洗一次就得拆一次。
外婆先把线头一根根挑开，把被面被里泡进大木盆，用皂角搓，再拿到井边漂。晒干以后，她把被里铺在堂屋的竹席上，放上棉絮，盖上被面，四个角对齐，然后戴上老花镜，一针一针地缝回去。
我最喜欢趴在被面上看她穿针。她总说，针脚要匀，不然被子盖着硌人。
后来家里买了拉链被套，一拉就能换，外婆却说不踏实，冬天还是要把棉絮晒一晒。现在我换被套只要几分钟，可总会想起她在堂屋里缝被子的样子。⟦l 👍 喜欢 36　｜　转发给朋友⟧
""",
    ),
    dict(
        slug="blog-hebutou-memoir-mothers-mallet-wrapped",
        site="河埠头的博客 (invented)",
        style="博客",
        genre="回忆录",
        kind="other",
        form="text",
        source="http://blog.hebutou.example/post/1127",
        title="母亲的棒槌",
        record_title="【河埠杂忆】母亲的棒槌 - 河埠头的博客 - 随笔",
        date=None,
        notes="decorated title (column prefix, blog and category suffixes); hard-wrapped at 56 columns; no date "
        "(a 写于 line with a year, a relative 2 周前 post time); comment box and archive",
        page="""
!m 河埠头的博客
!m 流水过门前，往事在埠头
!t 【河埠杂忆】母亲的棒槌
!m 河埠头　2 周前　阅读(312)　评论(9)
{BODY}
写于二〇二三年冬，靸河镇老屋
!l 分类：河埠杂忆　｜　标签：母亲、棒槌、旧物
!l 上一篇：老屋后面的枇杷树　　下一篇：腊月的磨坊
!l 网友评论：
!l 青石板：读到“梆梆”两个字，好像又回到了河边。
!a 发表评论需要先登录　｜　订阅本博客
!m 本博客内容均为博主原创，转载请注明出处
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
母亲有一根枣木棒槌，一尺多长，手握的地方被磨出了一道浅浅的凹。那是外公给她做的陪嫁，跟了她四十多年。
小时候，每天清早，母亲把一家人的脏衣裳装进竹篮，挎着去河埠头。她把衣裳在石板上摊开，抡起棒槌“梆梆”地捶，水花溅得老高。河边一排女人，棒槌声此起彼伏，像是在唱歌。
后来家里买了洗衣机，那根棒槌就挂在了门后。母亲偶尔还会拿它捶一捶被单，说机器洗不透。
去年母亲走了，我收拾老屋，把棒槌带回了城里。它现在就靠在我书桌旁边，看见它，我就想起河埠头的水声。
""",
    ),
    dict(
        slug="wechat-jiangyang-birdcage-master-h1-missing",
        site="微阅库 (invented WeChat mirror) / 秔阳文旅 (invented account)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://weiyueku.example/a/jy-wenlv/20240703-2",
        title="秔阳鸟笼匠人：一根竹子劈出八十根笼条",
        record_title=None,
        date="2024-07-03",
        notes="no title in the record: the mirror's <h1>; the account line's date is the page's date; a follow "
        "prompt glued before the first words; 阅读原文/在看/赞赏 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>微阅库 - 公众号文章备份</title>
<meta name="referrer" content="no-referrer"><script src="/static/wyk.js"></script></head>
<body>
<div class="wyk-bar"><a href="/">⟦m 微阅库⟧</a> ⟦m 公众号好文，随时回看⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　秔阳文旅　2024年7月3日 08:30　湖北⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注秔阳文旅⟧</div>
<div class="tool">⟦l 阅读原文　｜　阅读 3206　｜　在看 58　｜　赞 112⟧</div>
<div class="reward">⟦a 喜欢作者就赞赏一下吧⟧</div>
<div class="tags">⟦l 收录于话题 #秔阳手艺人 12个⟧</div>
</div>
<div class="wyk-note">⟦d 本页为微阅库自动备份的公众号文章，原文版权归原作者所有。⟧<br>⟦m 微阅库 weiyueku.example　京ICP备22040317号⟧</div>
</body></html>
""",
        body="""
⟦a 点击上方蓝字“秔阳文旅”关注我们⟧在秔阳县饧坪镇，71岁的伍长庚做了五十年鸟笼。他的小院里，晾着一排排刚劈好的竹篾。
做一只画眉笼，要经过选竹、劈篾、拉丝、打孔、穿条、上漆等二十多道工序。伍长庚说，一根三年生的毛竹，手巧的能劈出八十根笼条，粗细误差不超过半根头发丝。
他做的笼子不用一颗铁钉，全靠竹榫咬合。去年，他的竹编鸟笼制作技艺被列入县级非遗名录。
如今，伍长庚带了三个徒弟，还在镇上的老街开了一间小作坊，游客可以现场看他编笼、试着穿几根笼条。
""",
    ),
    dict(
        slug="wechat-jinshui-cdc-quilt-cover-hygiene-mirror",
        site="号外镜像 (invented WeChat mirror) / 浕水疾控 (invented account)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="https://haowai-mirror.example/s/jinshuicdc/88204",
        title="被套多久换洗一次？这几点要记牢",
        record_title="被套多久换洗一次？这几点要记牢 | 浕水疾控 · 号外镜像",
        date="2024-03-21",
        notes="decorated title (account and mirror suffixes); the account line's date is the page's date; a numbered "
        "list; a star prompt before the text and 在看/转发 rows after it",
        page="""
!m 号外镜像 · 公众号文章离线存档
!t 被套多久换洗一次？这几点要记牢
!m 浕水疾控　2024-03-21 17:06
!a 👆 点上方“浕水疾控”，再点右上角“···”设为星标
{BODY}
!m 来源：浕水县疾病预防控制中心健康教育科
!m 编辑：温芷　审核：祁永年
!l 往期推荐：春季防过敏，这份指南请收好　｜　家里的砧板多久换一次？
!l ▌ 在看　▌ 转发　▌ 点赞
!d 号外镜像仅作备份展示，如原作者要求删除，请联系 haowai@mirror.example
""",
        indent="",
        gap=True,
        body="""
被套直接接触皮肤，上面会积累汗液、皮屑和螨虫。很多人一个月甚至一个季度才换一次被套，其实并不卫生。疾控专家建议：
1.被套、枕套一般1至2周换洗一次，夏季出汗多或家中有过敏体质的人，最好每周换洗。
2.换下的被套用55℃以上的热水浸泡后再洗，能杀灭大部分螨虫；洗完尽量在阳光下晒透。
3.新买的被套先洗后用，去除表面残留的浮色和整理剂。
4.家人生病期间，病人的被套要单独清洗。
另外，被芯也要定期晾晒，每月至少在太阳下晒一次，每次晒两三个小时，中间翻个面。
""",
    ),
    dict(
        slug="docshare-shuchu-pledge-no-pipe-offices-points-lock",
        site="共享书橱 (invented document-sharing site)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gongxiangshuchu.example/doc/5b71e2c04d.html",
        title="关于在机关办公场所不吸烟斗、雪茄的倡议书",
        record_title="关于在机关办公场所不吸烟斗、雪茄的倡议书（倡议书范本）- 共享书橱",
        date="2024-05-27",
        notes="sharing page with an upload notice, a points lock on a line of its own between paragraphs and a "
        "service WeChat; a decorated title (an aside and a site suffix); 成文日期 under the signature",
        page="""
<!doctype html><html><head><meta charset="utf-8">
<title>关于在机关办公场所不吸烟斗、雪茄的倡议书（倡议书范本）- 共享书橱</title>
<script>window.GXSC={doc:"5b71e2c04d"}</script></head>
<body>
<header><a href="/" class="logo">⟦m 共享书橱⟧</a> <nav>⟦m 范文 · 课件 · 合同 · 总结 · 表格⟧</nav> <a href="/up">⟦a 上传文档领积分⟧</a></header>
<main><article>
<h1>{T}</h1>
<div class="doc-owner">⟦m 分享人：爱卫小郭　｜　共享于 2024-06-02　｜　阅读 713　｜　下载 41⟧</div>
<div class="doc-notice">⟦d 该文档由书橱用户自行上传分享，书橱只提供存放与展示，不保证内容准确。⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="doc-down">⟦a 下载原文档（docx，需 3 书橱积分）⟧</div>
<div class="doc-svc">⟦w 积分不够？书橱客服微信：shuchu_kf09⟧</div>
</article>
<aside><h4>⟦l 书橱里的相似文档⟧</h4><ul><li>⟦l 无烟机关创建工作实施方案⟧</li><li>⟦l 世界无烟日主题宣传活动总结⟧</li></ul></aside></main>
<footer>⟦m 共享书橱 gongxiangshuchu.example　© 2018-2024　闽ICP备18033520号⟧</footer>
</body></html>
""",
        body="""
全县各机关单位干部职工：
近年来，我县无烟机关建设取得明显成效，办公场所吸卷烟的现象已经很少见，但有少数同志认为烟斗、雪茄不算香烟，仍在办公室、会议室使用，影响他人健康。为此，县爱卫办向大家倡议：
一、自觉遵守无烟机关规定，不在办公室、会议室、走廊等室内场所吸烟斗、雪茄和电子烟。
⟦a 本文档剩余段落需消耗 3 书橱积分查看⟧
二、主动劝阻身边的吸烟行为，劝阻时注意方式方法，做到文明友善。
三、有戒烟意愿的同志，可到县人民医院戒烟门诊咨询。
让我们从自身做起，共同营造清新健康的办公环境。
嶅岭县爱国卫生运动委员会办公室
2024年5月27日
""",
    ),
    dict(
        slug="docshare-wendangfang-contract-bamboo-blind-template-wps",
        site="文档坊 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.wendangfang.example/file/20931877.html",
        title="竹帘定制加工合同",
        record_title="竹帘定制加工合同（范本）.wps",
        date=None,
        notes="file-name record title with an aside; a contract template with 第N条 articles, ×× placeholders and "
        "＿＿年＿＿月＿＿日 blanks; no date; upload and update stamps are no dates; a points lock between articles",
        page="""
!m 文档坊 — 好文档，坊里找
!m 合同协议 ＞ 加工承揽合同
!t 竹帘定制加工合同（范本）.wps
!m WPS文字　3 页　上传于 2023-08-14　最近更新 5 天前
!a 【免费预览】【下载源文件】【加入文档夹】
{BODY}
!a 预览仅显示部分条款，下载源文件可获得完整可编辑版本
!d 文档坊声明：本范本由网友上传，仅供参考，签约前请咨询专业律师。
!l 你可能还需要：窗帘安装服务合同｜定作合同（通用版）｜加工承揽合同简易版
""",
        indent="",
        body="""
定作方（甲方）：××××有限公司
承揽方（乙方）：××县××竹帘厂
第一条　定作物。乙方按甲方提供的尺寸和花样，加工竹丝帘＿＿挂，单价＿＿元，总价＿＿元。
第二条　质量要求。竹丝粗细均匀，无霉斑、无虫眼，织线不松脱，表面清漆涂刷均匀。
⟦a 以下条款仅向坊内会员开放⟧
第三条　交付。乙方于＿＿年＿＿月＿＿日前将竹帘送至甲方指定地点，运费由乙方承担。
第四条　验收。甲方收货后三日内验收，对质量有异议的应书面提出。
第五条　违约责任。乙方逾期交付的，每逾期一日按总价的千分之五支付违约金。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-xianshan-notice-laundry-labour-practice-attachment",
        site="杴山教育网 (invented county education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.xianshan.gov.example/tzgg/2024/0918/2207.html",
        title="关于组织开展“捶布洗衣”传统劳动体验活动的通知",
        record_title="关于组织开展“捶布洗衣”传统劳动体验活动的通知_教体资讯_杴山教育网",
        date="2024-09-13",
        date_also=["2024-09-18"],
        notes="education portal with 适老版/读屏 links, an attachment download link and a technical-support line "
        "beside the bureau's own 联系人/电话 and mailbox; a 附件 list; sentences telling schools to 下载/扫码; "
        "成文日期 under the signature, the page date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于组织开展“捶布洗衣”传统劳动体验活动的通知_教体资讯_杴山教育网</title>
<script src="/js/access.js"></script></head>
<body>
<div class="top">⟦m 杴山县教育和体育局⟧　<a>⟦a 适老版⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 网站地图⟧</a></div>
<div class="nav">⟦m 首页 ｜ 教体资讯 ｜ 通知公告 ｜ 政务公开 ｜ 招生考试 ｜ 办事服务⟧</div>
<div class="pos">⟦m 当前位置：首页 → 通知公告⟧</div>
<div class="article">
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2024-09-18　信息来源：基础教育股　浏览次数：928⟧</div>
<div class="content">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：捶布洗衣体验活动预约表.xlsx（14KB）⟧</div>
<div class="act">⟦a 【打印正文】　【关闭窗口】⟧</div>
</div>
<div class="link">⟦l 上一篇：关于做好2024年秋季学期学生资助工作的通知⟧<br>⟦l 下一篇：杴山县中小学国庆假期安全提醒⟧</div>
<div class="foot">⟦m 杴山县教育和体育局 主办　地址：杴山县文昌路61号⟧<br>⟦m 网站技术支持：0718-6620977（工作日）⟧<br>⟦m 鄂ICP备13021485号-1⟧</div>
</body></html>
""",
        body="""
各中小学校：
为落实劳动教育课程要求，让学生体验传统洗衣劳动，县教体局与杴口镇文化站联合开展“捶布洗衣”传统劳动体验活动。现将有关事项通知如下。
一、活动时间：10月8日至11月29日，每周二、四下午。
二、活动地点：杴口镇老码头捶布体验场。
三、活动内容：学生在老师傅指导下，用木棒槌在青石板上捶洗旧布，并学习晾晒、折叠衣物。
四、有关要求：各校请下载附件中的预约表，填好后于9月30日前报基础教育股；学生到场后扫码签到，由带队教师负责安全。
联系人：谭嘉禾，电话：0718-6623105，邮箱：xsjtj_jcjy@163.example。
附件：捶布洗衣体验活动预约表
杴山县教育和体育局
2024年9月13日
""",
    ),
    dict(
        slug="edu-chancheng-no2-school-boarders-quilt-covers-table",
        site="韂城市第二中学 (invented school site on 韂城教育网)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.cc2z.edu.example/zwc/tz/2024/1105/618.html",
        title="关于寄宿生被套统一清洗更换的通知",
        record_title="【总务处】关于寄宿生被套统一清洗更换的通知（附各楼安排）",
        date="2024-11-04",
        notes="decorated title (office prefix, aside); a schedule table one row a paragraph; 扫码登记 as content; "
        "成文日期 under the signature; a read-on-phone line and a related list",
        page="""
!m 韂城市第二中学　厚德　笃学　尚美
!m 学校首页 >> 总务后勤 >> 通知
!t 【总务处】关于寄宿生被套统一清洗更换的通知（附各楼安排）
!m 作者：总务处　点击数：640　更新：2 天前
{BODY}
!a 📱 手机扫一扫，在微信里看本通知
!l 相关通知：宿舍楼冬季用电安全须知 ｜ 食堂十一月菜谱公示
!m 韂城市第二中学 版权所有　校办电话：0736-8860201
""",
        indent="\u3000\u3000",
        body="""
各班主任、全体寄宿生：
入冬以来，学生宿舍陆续换上厚被。为保持床上用品卫生，学校定于11月11日至15日对寄宿生被套统一清洗更换。具体安排如下：
楼栋　时间　收取地点
1号楼　11月11日　一楼值班室
2号楼　11月12日　一楼活动室
3号楼　11月13日　架空层
学生当天早读前把被套拆下，装入印有班级的布袋送到收取地点，扫码登记后领取一套干净被套。洗好的被套于两天后发还。
各班主任要提醒学生提前拆好被套，不得把私人物品夹在被套内。
韂城市第二中学总务处
2024年11月4日
""",
    ),
    dict(
        slug="intranet-cuihuang-minutes-bamboo-blind-production-oa",
        site="翠篁竹制品有限公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.cuihuang-bamboo.example/doc/view.do?id=20240617003",
        title="2024年第6次生产调度会会议纪要",
        record_title="〖生产例会〗2024年第6次生产调度会会议纪要 - 翠篁协同办公",
        date="2024-06-17",
        date_also=["2024-06-19"],
        notes="OA document view with 流转记录, read count and a mark-as-read button; the minutes' 时间/地点/主持/参会/记录 "
        "lines; the meeting date is the document's date, the OA's release date also accepted; an IT desk line",
        page="""
<html><head><meta charset="utf-8"><title>〖生产例会〗2024年第6次生产调度会会议纪要 - 翠篁协同办公</title>
<script src="/oa/static/js/oa.bundle.js"></script></head>
<body>
<div class="oa-top">⟦m 翠篁协同办公⟧　⟦m 当前用户：质检部 莫晓雯⟧　<a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议纪要　通讯录⟧</div>
<div class="oa-path">⟦m 公文管理 / 会议纪要 / 查看⟧</div>
<div class="doc-head"><h2>{T}</h2>
<p>⟦m 发文部门：生产管理部　发布日期：2024-06-19　已阅 47 人⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-btns">⟦a 标记为已阅　｜　转发　｜　导出PDF⟧</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2024-06-18 16:20　生产管理部 黎振华 拟稿⟧</p>
<p>⟦m 2024-06-19 09:05　副总经理 姚承志 签发⟧</p></div>
<div class="oa-foot">⟦m 信息中心IT服务台 分机 8012⟧　⟦d 翠篁内部文件，请勿截图外传⟧</div>
</body></html>
""",
        body="""
时间：2024年6月17日上午9:00
地点：公司三楼会议室
主持：姚承志
参会：生产管理部、质检部、采购部、拉丝车间、织帘车间负责人
记录：黎振华
会议听取了5月份竹帘生产情况汇报，研究了当前订单交付问题。纪要如下：
一、5月份共生产竹帘2.6万挂，外贸订单交付率92%，主要问题是拉丝车间竹丝粗细不匀，造成织帘返工。
二、拉丝车间要在6月底前完成两台拉丝机的刀具更换，每班开机前抽检竹丝直径。
三、采购部尽快联系鞴川、秔阳两地竹农，锁定下半年毛竹原料，防止梅雨季断料。
四、质检部对出口竹帘增加防霉抽检，每批抽检不少于5挂。
""",
    ),
    dict(
        slug="intranet-aoling-pipe-works-summary-record",
        site="嶅岭木艺烟斗厂内网 (invented intranet)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://intra.aoling-pipe.example/news/2024/0705/113.htm",
        title="打磨车间2024年上半年工作总结",
        record_date="2024-07-05",
        date="2024-07-05",
        notes="title and date given by the record as is; an intranet page with a login line, read count, an IT "
        "desk extension and a confidentiality footer; a data table one row a paragraph (cells apart by ideographic spaces)",
        page="""
!m 嶅岭木艺烟斗厂 · 内部信息门户
!m 欢迎您，车间管理员　｜　修改密码　｜　退出
!m 内网首页 > 车间动态 > 工作总结
{T}
!m 发布部门：打磨车间　发布时间：2024-07-05　已读 86
{BODY}
!a [下载附件]　[打印]　[返回列表]
!m 内网故障请拨信息科分机 6606
!d 本页内容仅限厂内员工查阅，请勿外传
""",
        body="""
上半年，打磨车间在厂部领导下，围绕“提质量、保交期、抓安全”三项重点，完成了各项生产任务。
一、生产完成情况
项目　计划　完成
烟斗打磨　3.0万只　3.2万只
斗嘴抛光　3.0万只　3.1万只
返修率　3%以下　2.4%
二、主要做法
一是推行师傅带徒，新进的6名打磨工全部能独立上岗；二是更换了4台吸尘打磨台，车间粉尘浓度明显下降；三是每周开一次质量分析会，及时解决斗钵偏心、斗嘴接口松动等问题。
三、下半年打算
下半年要完成海泡石烟斗试制，继续降低返修率，确保全年不发生安全事故。
打磨车间
2024年7月5日
""",
    ),
]
