"""holdout123, part A. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gov-zhechuan-cityadmin-hawker-zones",
        site="柘川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zhechuan.gov.cn/zwgk/tzgg/202405/t20240517_88213.html",
        title="柘川县城市管理局关于设置临时摊贩疏导点的通告",
        record_title="柘川县城市管理局关于设置临时摊贩疏导点的通告-柘川县人民政府",
        date="2024-05-16",
        date_also=["2024-05-17"],
        notes="modern county portal; 索引号 table; 成文日期 under the signature; byline date differs by a day",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>柘川县城市管理局关于设置临时摊贩疏导点的通告-柘川县人民政府</title>
<script src="/js/jquery.min.js"></script><script>var siteId="zc001";</script>
<style>.gov-top{height:40px}</style>
</head><body>
<div class="gov-top"><span>⟦m 柘川县人民政府门户网站⟧</span><a href="/wza">⟦a 无障碍浏览⟧</a><a href="/zh-hant">⟦a 繁體⟧</a><a href="/m">⟦a 手机版⟧</a></div>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 走进柘川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul></nav>
<div class="pos">⟦m 您所在的位置： 首页 » 政务公开 » 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11330X27-0042-2024-00117⟧</td><td>⟦m 发布机构：县城市管理局⟧</td></tr>
<tr><td>⟦m 主题分类：城乡建设、环境保护⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="byline">⟦m 发布日期：2024-05-17 09:12　信息来源：县城市管理局　浏览次数：1306⟧</div>
<div class="fontsize">⟦a 【字号：放大　默认　缩小】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="bottools">⟦a 【打印此页】⟧ ⟦a 【关闭本页】⟧ ⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="rel"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县城管局开展夜市油烟专项整治⟧</li><li>⟦l 关于规范户外广告设置的公告⟧</li></ul></div>
<footer><p>⟦m 主办：柘川县人民政府办公室　承办：县大数据发展中心⟧</p><p>⟦m 网站标识码：3311270019　浙ICP备09020716号⟧</p><p>⟦d 未经授权禁止复制或建立镜像⟧</p></footer>
</body></html>
""",
        body="""
为满足群众日常生活需求，兼顾市容秩序，经县政府同意，决定在城区设置临时摊贩疏导点。现将有关事项通告如下：
一、疏导点位置。（一）城东农贸市场北侧空地，设摊位42个；（二）樟林路与桥南街交叉口东侧，设摊位28个；（三）县体育馆西侧停车场（每日17时后），设摊位36个。
二、经营时间。早市6时至9时，夜市17时至22时30分。经营时间以外不得占用场地，摊主应将摊具收回。
三、经营要求。摊主须持健康证明，使用统一规格的遮阳伞和垃圾桶，不得使用高音喇叭叫卖，不得出店经营，不得跨门营业。
四、申请方式。有意入驻的摊主可于5月20日至6月5日，携带身份证到所在街道城管中队登记，按照先困难群体、后一般申请人的顺序分配摊位，摊位免收场地费。
五、本通告自发布之日起施行，有效期两年。
联系人：县城市管理局市容科 范晓岚，电话：0576-87218135。
柘川县城市管理局
2024年5月16日
""",
    ),
    dict(
        slug="fanwen-xiejulou-speech-daylily-festival",
        site="写句楼范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.xiejulou.com/zhici/jieqing/2023/0714/51207.html",
        title="在首届榆坪黄花菜采摘节开幕式上的致辞",
        record_title="在首届榆坪黄花菜采摘节开幕式上的致辞（精选3篇）",
        date="2023-07-08",
        notes="decorated record title; date under the speech title; speaker line neutral; writing-service prompt glued after a sentence",
        page="""
!m 写句楼范文网——好材料，从一句开始
!m 当前：写句楼 / 致辞大全 / 节庆致辞
!t 在首届榆坪黄花菜采摘节开幕式上的致辞（精选3篇）
!m 小编：阿栋　　收录于2023-07-14　　人气：4412
!a ◇复制本篇　◇存入我的素材夹　◇全文朗读
!l 第1篇
{T}
榆坪镇党委书记　邓海川
（2023年7月8日）
{BODY}
!a ——全文完，共1054字——
!a 会员无广告阅读，每天仅需0.2元，立即开通>>
!l 第2篇：黄花菜产业推介会上的讲话（暂不可见，开通会员后查看）
!l 第3篇：乡村旅游节开幕式主持词（暂不可见，开通会员后查看）
!l 同类范文推荐：采摘节开幕致辞 | 农民丰收节讲话 | 特色农产品推介词
!d 声明：本站范文由用户投稿整理，仅作写作参考，转载请注明出处。
!m 写句楼 xiejulou.com　鄂ICP备19033217号-1
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位来宾，朋友们：
大家上午好！七月的榆坪，漫山遍野的黄花菜迎着朝阳绽放。今天，我们在这里隆重举行首届榆坪黄花菜采摘节。在此，我代表榆坪镇党委、政府，向远道而来的各位嘉宾表示热烈欢迎！⟦w 需要原创致辞可找写句楼老师一对一代笔⟧
榆坪种植黄花菜已有两百多年历史。近年来，全镇把黄花菜作为富民产业来抓，种植面积从八百亩扩大到四千二百亩，建成烘干车间三座，注册了“榆坪金针”商标，去年全镇黄花菜产值突破六千万元，三千多户农户因此增收。
举办这次采摘节，就是要以花为媒、以节会友，让更多人走进榆坪、了解榆坪。节会期间，我们安排了采摘体验、金针宴品鉴、农民书画展等活动，欢迎大家走进田间，亲手摘一篮金针，尝一口乡味。
最后，预祝首届榆坪黄花菜采摘节圆满成功！祝各位来宾在榆坪度过愉快的一天！谢谢大家！
""",
    ),
    dict(
        slug="wenku-tussah-cooperative-summary-paged",
        site="知页文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.zhiye365.com/view/7f3a92c1e04d.html",
        title="栌川县柞蚕专业合作社2023年工作总结",
        record_title="栌川县柞蚕专业合作社2023年工作总结.docx",
        date="2024-01-12",
        notes="file-name record title; preview page markers ⸉n⸊ cut sentences, glued or not; preview-end prompt",
        page="""
!m 知页文库 · 专业文档共享平台
!m 文库首页 › 行业资料 › 农林牧渔 › 养殖技术
!t 栌川县柞蚕专业合作社2023年工作总结.docx
!m 贡献者：山野蚕农　|　页数：4页　|　浏览：218　|　下载：17
!a 评分：★★★★☆　　下载券：2张　　举报
{BODY}
!a 预览已结束，剩余1页可下载查看
!a 点击下载本文档　　加入收藏　　转存到网盘
!d 本文档由用户上传，知页文库仅提供信息存储空间，如侵权请联系删除。
!l 相关文档：柞蚕放养技术规程｜蚕茧收购合同范本｜合作社年度财务报告
""",
        pages=dict(fmt="⸉{n}⸊", every=260, start=2, glue="mix"),
        body="""
2023年，合作社在县农业农村局和镇政府的指导下，围绕“稳面积、提单产、增效益”目标，带领社员发展柞蚕生产，全年各项工作取得了新进展。
一、基本情况
合作社现有社员136户，经营柞林蚕场8600亩。全年放养春蚕1420把、秋蚕2380把，收获柞蚕茧31.6万公斤，比上年增长9.2%；实现销售收入1264万元，社员户均增收1.1万元。
二、主要工作
（一）推广良种。从省蚕业研究所引进“青黄一号”等新品种，建设种茧保育室一座，良种覆盖率提高到85%。
（二）改造蚕场。对坡度较陡、柞树老化的蚕场实施平茬更新，完成改造面积1200亩，修建作业便道4.5公里。
（三）统一防病。组织技术员入户指导，推行统一消毒、统一用药，全年未发生大面积蚕病。
（四）拓宽销路。与两家缫丝企业签订保底收购协议，蚕茧收购价比市场价每公斤高出1.5元。
三、存在问题
一是蚕场道路仍有部分不通，人工运茧成本高；二是青年劳动力外出较多，放蚕人员老化；三是深加工能力不足，产品附加值偏低。
四、2024年打算
新的一年，合作社将争取项目资金建设蚕蛹加工车间，开发蚕蛹罐头、柞蚕丝被等产品，并办好两期放养技术培训班，力争全年蚕茧产量达到34万公斤。
栌川县柞蚕专业合作社
2024年1月12日
""",
    ),
    dict(
        slug="news-eyu-alligator-release",
        site="楝城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.liancheng.com.cn/shehui/2024-06/11/content_5520914.htm",
        title="32条扬子鳄“回家”　楝城保护区开展年度野外放归",
        record_title=None,
        date="2024-06-11",
        notes="title missing from the record; byline date is the page's date; photo caption and ad between paragraphs; editor glued after the last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>32条扬子鳄“回家”　楝城保护区开展年度野外放归_楝城新闻网</title>
<script>window.adSlot=["top","mid"];</script></head><body>
<div id="topbar">⟦m 楝城新闻网 — 楝城第一新闻门户⟧ <a>⟦a 登录⟧</a> | <a>⟦a 注册⟧</a> | <a>⟦m 数字报⟧</a></div>
<ul class="chan"><li>⟦m 本地⟧</li><li>⟦m 社会⟧</li><li>⟦m 民生⟧</li><li>⟦m 生态⟧</li><li>⟦m 视频⟧</li></ul>
<div class="loc">⟦m 楝城新闻网 ＞ 社会 ＞ 正文⟧</div>
<h1>{T}</h1>
<p class="src">⟦m 2024-06-11 08:47　来源：楝城日报　记者 阮秋禾　通讯员 卜江⟧</p>
<div class="share">⟦l 分享：微信好友 朋友圈 微博⟧</div>
<div class="article">
{BODY}
</div>
<div class="hot"><h3>⟦l 24小时热文⟧</h3><ol><li>⟦l 城区新增三条公交线路⟧</li><li>⟦l 楝城中考放榜时间确定⟧</li><li>⟦l 夏季防溺水再敲警钟⟧</li></ol></div>
<div class="cmt">⟦l 网友评论（0）　我要评论⟧</div>
<div class="foot">⟦d 楝城新闻网所刊登内容，未经书面授权不得转载。⟧<br>⟦m 违法和不良信息举报电话：0553-6012345⟧<br>⟦m 皖ICP备10028841号⟧</div>
</body></html>
""",
        body="""
6月10日上午，楝城扬子鳄国家级自然保护区在红杨湿地举行年度野外放归活动，32条人工繁育的扬子鳄被放归自然。
这批扬子鳄均为保护区繁育研究中心人工孵化，年龄在4至7岁之间，体长1米左右。放归前，工作人员为每条扬子鳄植入电子标识芯片，测量体长体重，并进行了健康检查。
⟦m 图为工作人员将扬子鳄抬往湿地水边。记者 阮秋禾 摄⟧
“放归地点选在水草丰茂、人为干扰少的地方。”保护区管理局科研科负责人许长帆介绍，放归后，工作人员将通过无线电追踪和红外相机持续监测，了解它们的活动范围和越冬情况。
⟦a 下载楝城新闻客户端，看更多本地新闻⟧
据了解，保护区自2003年开展野外放归以来，已累计放归扬子鳄近千条，野外种群数量稳步回升，部分放归个体已在野外成功繁殖。⟦m （编辑：华小满　审核：凌冬）⟧
""",
    ),
    dict(
        slug="forum-jubu-porcelain-riveting-post",
        site="老手艺论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="essay",
        form="text",
        source="http://bbs.laoshouyi.net/thread-66218-1-1.html",
        title="学锔瓷三年的一点心得",
        record_title="学锔瓷三年的一点心得 - 器物修复 - 老手艺论坛",
        date="2023-11-03",
        notes="Discuz-like floor; forum junk lines and glued junk; post time is the page date",
        page="""
!m 老手艺论坛 › 器物修复 › 查看内容
!a 返回列表　发新帖　回复
!l 上一主题　下一主题
!m 查看: 2741 | 回复: 38
{T}
!m 楼主　锔匠小罗　发表于 2023-11-03 21:17 | 只看该作者 | 倒序浏览
{BODY}
!a 本帖最后由 锔匠小罗 于 2023-11-04 08:02 编辑
!l 收藏 46　　支持 112　　反对 0
!l 沙发 竹隐 2023-11-03 21:40 说得太实在了，我钻头也断了不下二十根
!l 板凳 青瓷老张 2023-11-03 22:05 求楼主出个锔钉制作的帖子
!a 您需要登录后才可以回帖 登录 | 立即注册
!m Powered by Discuz! X3.4　© 2008-2023 老手艺论坛
""",
        junk=dict(lines=2, glued=2),
        body="""
入这一行三年了，从第一次把茶杯锔漏水，到现在能接一些老瓷的活，想跟坛友们聊几句实在话。
第一，工具不在多在顺手。我最早买了一整套几十样，真正天天用的也就是金刚钻、小锤、锔钉钳和一把好镊子。钻头要多备，钻头一钝，瓷器就容易崩口。
第二，打孔是基本功。孔不能打穿，深度一般在瓷胎厚度的三分之二左右，两个孔的角度要往里收，锔钉才能抓得住。我练了差不多两百个碎碗底才敢上手客人的东西。
第三，锔钉要按器物配。粗瓷用铜钉显得朴拙，细瓷和紫砂多用银钉，钉子的长短、弧度都要现场量着做，不能图省事用现成的。
第四，心态比手艺更要紧。客人拿来的往往是有念想的东西，碎成七八片也想留住。接活之前要把能修到什么程度说清楚，做不到的宁可不接。
最后说一句，锔瓷是慢活，急不得。希望更多年轻人来学，让这门老手艺一直传下去。
""",
    ),
    dict(
        slug="blog-ranger-golden-monkey-diary",
        site="山语博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://shanyu.blog.cn/u/qinling_hu/article/1140291.html",
        title="巡护手记：跟着金丝猴群过冬",
        record_title="巡护手记：跟着金丝猴群过冬 - 秦岭老胡的博客 - 山语博客",
        date="2024-01-20",
        notes="blog with tag cloud, archive and comment box; post date line; no other date",
        page="""
<!doctype html><html><head><meta charset="utf-8">
<title>巡护手记：跟着金丝猴群过冬 - 秦岭老胡的博客 - 山语博客</title>
<link rel="stylesheet" href="/theme/green.css"><script async src="/stat.js"></script></head>
<body>
<header><div class="brand">⟦m 山语博客 · 写给山野的字⟧</div><div class="user">⟦a 写博文⟧ ⟦a 登录／注册⟧</div></header>
<div class="blogname">⟦m 秦岭老胡的博客　在山里走了二十年的护林员⟧</div>
<div class="wrap"><main>
<h2>{T}</h2>
<div class="meta">⟦m 2024-01-20 19:36　分类：巡山日记　阅读(865)　评论(12)⟧</div>
<div class="post">
{BODY}
</div>
<div class="tags">⟦l 标签：金丝猴　巡护　冬季　秦岭⟧</div>
<div class="nav2">⟦l ‹ 上一篇：雪后补投饲料记⟧ ⟦l 下一篇：红外相机里的羚牛 ›⟧</div>
<div class="comments"><h4>⟦l 评论列表⟧</h4><p>⟦l 林间风：胡哥注意安全，天冷路滑。⟧</p><p>⟦l 小鹿：好想去看看猴群！⟧</p><textarea>⟦l 说点什么吧……⟧</textarea></div>
</main>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年1月 (4)⟧</li><li>⟦l 2023年12月 (6)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 巡山 野生动物 护林防火 植物 鸟类⟧</p></aside></div>
<footer>⟦d 本博客文字未经允许请勿转载⟧　⟦m Theme by 青苔⟧</footer>
</body></html>
""",
        body="""
入冬以后，保护站所在的梁上下了三场雪，我们跟踪的那群金丝猴从海拔两千米的针叶林往下迁到了一千五百米左右的落叶阔叶林。
这一群有七十多只，由五个家庭单元组成，还有一支十来只的全雄单元跟在后面。冬天食物少，它们主要吃树皮、松萝和冬芽，一天里大部分时间都在找吃的。
今天早上七点多出发，沿着沟边的小路找了两个多小时，才在一片华山松林里发现猴群。一只母猴抱着去年秋天出生的小猴缩在树杈上，尾巴搭下来，一动不动晒太阳。
我们记下了群体位置、个体数量和取食树种，又把两台红外相机的电池换了。回来的路上雪没过脚踝，走了四个钟头。
这些年保护区禁止放牧、封了几条采药的老路，猴群的数量比我刚上山时多了一倍。累是累，看到它们一年比一年多，心里踏实。
""",
    ),
    dict(
        slug="wechat-pickle-workshop-food-safety-letter",
        site="微文阅读 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://www.weiwenyd.com/a/3b9c1e7d20.html",
        title="致全县酱腌菜小作坊经营者的一封信",
        date="2024-03-25",
        notes="WeChat mirror: account line, 阅读原文/在看 row; the document's own 咨询电话 beside the account's follow prompt; date under signature",
        page="""
{T}
!m 原创　椴山市场监管　椴山市场监管　2024-03-26 17:30　发表于浙江
!a 点击上方蓝字“椴山市场监管”关注我们
{BODY}
!a 长按二维码识别，关注“椴山市场监管”
!m 来源：县市场监督管理局食品生产科
!m 编辑：苏弥　审核：蒋一山
!a 阅读原文　　分享　　收藏　　点赞 36　　在看 12
!l 往期推荐：春季食品安全提示｜小作坊登记办理指南｜“三小”行业整治进行时
!d 微文阅读仅做内容聚合展示，版权归原公众号所有。
""",
        gap=True,
        body="""
各位酱腌菜小作坊经营者：
我县腌制咸菜、酱菜的传统由来已久，全县现有登记在册的酱腌菜小作坊87家，为群众餐桌增添了风味，也为不少家庭带来了收入。为守牢食品安全底线，县市场监督管理局向大家提出以下倡议：
一是守住原料关。不采购腐烂变质的蔬菜，食盐、酱油等辅料要从正规渠道购进，保留进货票据。
二是守住添加关。严格按照国家标准使用防腐剂、甜味剂，不超范围、不超限量，坚决不用工业用盐和非食用物质。
三是守住环境关。腌制池、发酵缸要加盖防尘，生产区与生活区分开，从业人员每年进行健康体检。
四是守住标签关。预包装产品标明品名、生产日期、保质期、作坊名称和登记证编号，散装产品设置标识牌。
县局将在4月至6月开展酱腌菜小作坊专项检查，并免费为每家作坊抽检一批次产品。经营者在登记、检测中有疑问的，可拨打食品生产科咨询电话0579-83126620。
椴山县市场监督管理局
2024年3月25日
""",
    ),
    dict(
        slug="docshare-survey-marker-protection-plan",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.gongxiangwd.com/p-40827731.html",
        title="樟原县测量标志普查维护工作方案",
        record_title="樟原县测量标志普查维护工作方案【可编辑】",
        date=None,
        notes="decorated record title; no date anywhere in the document; upload stamp is not a date; numbered lists and decimal headings",
        page="""
!m 共享文档站——你要的文档这里都有
!t 樟原县测量标志普查维护工作方案【可编辑】
!m 上传人：gis_laowang　上传时间：2024-04-02　文档格式：DOC　大小：46KB
!a 全文预览完毕　|　立即下载（5积分）　|　一键打印
{T}
{BODY}
!d 温馨提示：本站文档均为用户上传分享，下载前请先预览确认内容是否完整。
!l 猜你需要：测量标志委托保管书｜永久性测量标志拆迁申请｜基础测绘年度计划
!m gongxiangwd.com　客服邮箱 help@gongxiangwd.com
""",
        body="""
为全面掌握全县测量标志现状，加强测量标志保护和维护，根据《中华人民共和国测量标志保护条例》，结合我县实际，制定本方案。
1 工作目标
通过普查，摸清全县三角点、水准点、GNSS点等永久性测量标志的数量、位置和完好情况，建立测量标志数据库，对损毁标志进行修复或迁建。
2 普查范围和内容
2.1 普查范围：全县11个乡镇（街道）行政区域内各级永久性测量标志。
2.2 普查内容：标志点名、等级、坐标、标石类型、保存状况、委托保管单位和保管人。
3 实施步骤
3.1 准备阶段（4月）：收集点之记资料，组建普查小组，开展业务培训。
3.2 外业普查阶段（5月至8月）：逐点实地查找、拍照、填写普查表。
3.3 整理建库阶段（9月至10月）：汇总普查成果，录入数据库，编制普查报告。
4 工作要求
（1）各乡镇要明确一名分管领导和联络员，配合做好实地查找工作。
（2）普查人员要如实记录，对找不到的标志写明原因，不得凭推测填报。
（3）对新发现损毁的标志，及时报县自然资源局，由县局依法处理。
""",
    ),
    dict(
        slug="edu-survey-marker-school-lesson",
        site="桤溪教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qixiedu.cn/jyzx/tzgg/2024/0912/6630.html",
        title="关于开展“爱护测量标志”进校园活动的通知",
        record_title="关于开展“爱护测量标志”进校园活动的通知",
        record_date="2024-09-12",
        date="2024-09-12",
        notes="education bureau site; 附件 list kept; the document's 联系人 next to the site's 技术支持 line",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于开展“爱护测量标志”进校园活动的通知 - 桤溪教育网</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 桤溪县教育局　桤溪教育网⟧</td><td align="right">⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页⟧</td><td>⟦m 教育资讯⟧</td><td>⟦m 通知公告⟧</td><td>⟦m 德育园地⟧</td><td>⟦m 教研天地⟧</td></tr></table>
<table width="980" align="center"><tr><td width="220" valign="top">
<div>⟦l 最新通知⟧</div><div>⟦l ·秋季学期校车安全检查⟧</div><div>⟦l ·教师资格认定公告⟧</div>
</td><td valign="top">
<div>⟦m 当前位置：首页 &gt;&gt; 通知公告⟧</div>
<h2>{T}</h2>
<div>⟦m 作者：县教育局德育科　发布时间：2024-09-12　点击数：577⟧</div>
{BODY}
<div>⟦a [ 打印 ]⟧ ⟦a [ 返回顶部 ]⟧</div>
</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 版权所有：桤溪县教育局　地址：桤溪县文昌路18号⟧<br>⟦m 技术支持：桤溪县教育信息中心　0571-64280117⟧<br>⟦m 浙ICP备05011783号⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学校：
测量标志是国家重要的基础设施，是开展测绘工作的重要依据。为增强青少年保护测量标志的意识，县教育局与县自然资源局决定在全县中小学开展“爱护测量标志”进校园活动。现将有关事项通知如下：
一、活动时间：2024年9月下旬至11月底。
二、活动内容：1. 每校利用一节班会课开展测量标志知识学习；2. 组织四至八年级学生参加“我身边的测量标志”寻访活动；3. 开展手抄报评选，每校推荐作品不超过5件。
三、有关要求：寻访活动须由教师带队，不得组织学生到悬崖、水边等危险地段，严禁学生触碰、移动标志。
附件：1. 测量标志知识读本（电子版）
2. 手抄报作品推荐表
联系人：县教育局德育科 祝文昱，电话：0571-64283306。
桤溪县教育局
2024年9月12日
""",
    ),
    dict(
        slug="intranet-daylily-drying-plant-minutes",
        site="金针食品OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.jinzhen-food.local/doc/view?id=20230612-0043",
        title="烘干车间安全生产月专题会议纪要",
        date="2023-06-12",
        notes="OA export: approval trail and read count; minutes' 时间/地点/主持 lines kept; date in the 时间 line",
        page="""
!m 金针食品协同办公平台　｜　公文管理 > 会议纪要 > 查看
!m 文档编号：JZ-HY-2023-061　密级：内部　拟稿：生产部 钱晓
!a [ 返回 ] [ 导出PDF ] [ 转发 ] [ 打印 ]
{T}
{BODY}
!m 流转记录：生产部 钱晓 拟稿 06-12 16:20 → 安全环保部 易青 会签 06-13 09:05 → 副总经理 苗建 签发 06-13 10:44
!m 已阅 37 人　未阅 5 人
!d 本文件仅限公司内部传阅，未经批准不得外传。
""",
        body="""
时间：2023年6月12日下午2:30
地点：公司三楼会议室
主持：副总经理 苗建
参加：生产部、安全环保部、设备部、烘干一车间、烘干二车间负责人及班组长
会议围绕今年“安全生产月”活动和黄花菜鲜品采收季烘干车间安全生产进行了专题研究，纪要如下：
一、会议认为，今年鲜菜收购量预计比去年增加两成，烘干线满负荷运行时间长，燃煤热风炉、输送带和电气线路是主要风险点，必须提前排查。
二、会议决定：1. 6月20日前，设备部对三台热风炉和烟道进行全面检修；2. 各车间每班设专职安全员，交接班时填写巡检表；3. 车间内禁止堆放包装材料，消防通道保持畅通。
三、会议要求，6月下旬由安全环保部组织一次火灾疏散演练，全体一线员工参加。
四、各部门于7月5日前将落实情况书面报安全环保部汇总。
""",
    ),
    dict(
        slug="qa-kebab-stall-license",
        site="问问邻里 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="text",
        source="https://www.wenwenlinli.com/question/58830271.html",
        title="在小区门口摆摊卖烤串需要办什么手续？",
        record_title="在小区门口摆摊卖烤串需要办什么手续？ - 问问邻里",
        date=None,
        notes="Q&A: relative times are no dates; answerer line and votes are chrome; answer numbered list kept",
        page="""
!m 问问邻里 | 身边事，问邻里
!m 首页 > 生活服务 > 创业开店
{T}
!m 提问者：晚风吹过　3天前　浏览 902 次
!l 我也想问(14)　　关注问题
我下班后想在小区门口支个小摊卖烤串，需要去哪里办手续？会不会被城管收走？
!m 最佳答案　由网友“老城南”回答　|　2天前　|　来自手机客户端
{BODY}
!l 👍 有用(58)　👎 没用(2)　　评论(6)
!l 其他回答（3）：问问街道就知道了 / 我们这边夜市统一管理 / 建议先去市场监管所
!w 开店咨询、证照代办，加客服微信 linli-kaidian
!m © 2024 问问邻里　沪ICP备18009526号
""",
        body="""
我去年就是这么开始的，说说我的经验，各地规定不完全一样，仅供参考。
1. 先问点位。城区一般不允许随便占道摆摊，大多数县城都设了夜市或者临时疏导点，先去街道或者城管中队问清楚哪里可以摆，按点位登记。
2. 再办证。卖烤串属于食品经营，要到市场监管所办食品摊贩登记卡，带身份证和健康证，一般当场或者几天就能办好，不收费。
3. 注意油烟。烤串油烟大，很多疏导点要求用无烟烤炉或者加装油烟净化设备，用木炭明火的容易被投诉。
4. 垃圾要自己收走，竹签、餐盒集中装好，收摊后地面清扫干净，这是城管检查最看重的。
按规定在点位里经营，一般不会被收东西。祝你生意兴隆！
""",
    ),
]
