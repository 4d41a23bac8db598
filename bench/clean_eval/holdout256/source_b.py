"""holdout256, part B: blogs, WeChat mirrors, document-sharing sites, education portals and
enterprise intranets (one HTML page and one text page each). Written by hand; everything is
invented. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-nanchuang-memoir-mothers-padded-jacket-html",
        site="南窗下 (invented WordPress-like blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://nanchuangxia.blog/2024/12/21/mother-mianao/",
        title="母亲缝的那件棉袄",
        record_title="母亲缝的那件棉袄 ◇ 南窗下",
        date="2024-12-21",
        notes=(
            "a WordPress-like blog: calendar widget, archive, tag cloud, comment form; a 'read on' link glued "
            "after a 。; the post's 发表于 line is the page's date"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>母亲缝的那件棉袄 ◇ 南窗下</title>
<link rel="stylesheet" id="twentyfive-style-css" href="https://nanchuangxia.blog/wp-content/themes/qingyun/style.css" media="all">
<script src="https://nanchuangxia.blog/wp-includes/js/jquery/jquery.min.js"></script>
</head><body class="post-template-default single">
<header class="site-header"><p class="site-title">⟦m 南窗下⟧</p><p class="site-description">⟦m 灯下写字，窗外听雨⟧</p>
<nav>⟦m 首页　随笔　读书　旧事　关于⟧</nav></header>
<article class="post">
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2024年12月21日　作者 南窗　分类：旧事⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：棉袄 母亲 冬天⟧</footer>
</article>
<nav class="post-navigation">⟦l ← 前一篇：腊八那天的粥⟧　⟦l 后一篇：父亲的老算盘 →⟧</nav>
<div id="comments"><h3>⟦l 2 条回应⟧</h3>
<p>⟦l 秋水长天：看哭了，我家也有一件这样的棉袄。⟧</p>
<p>⟦l 南窗 回复 秋水长天：谢谢你读到这里。⟧</p>
<form>⟦a 发表回应　昵称（必填）　邮箱（不会公开）　提交⟧</form></div>
<aside class="widget-area">
<section>⟦l 日历　2024年十二月　一 二 三 四 五 六 日⟧</section>
<section><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2024年十二月 (4)⟧</li><li>⟦l 2024年十一月 (6)⟧</li></ul></section>
<section><h2>⟦l 标签云⟧</h2>⟦l 旧事 读书 乡愁 冬天 母亲 老物件⟧</section>
</aside>
<footer class="site-footer">⟦d 南窗下原创文字，未经同意请勿转载⟧　⟦m 本博客基于 WordPress 搭建⟧</footer>
<script src="https://nanchuangxia.blog/wp-includes/js/comment-reply.min.js"></script>
</body></html>
""",
        body="""
入冬以后，我翻衣柜时又看见了那件蓝布面的棉袄。它已经很多年没人穿了，领口磨得发白，袖口还有母亲后来补上的两块深色布。
那是我上初中那年，母亲在煤油灯下一针一线缝出来的。棉花是自家地里种的，弹好以后絮得匀匀的，她怕我嫌土气，特意在里子上缝了一圈花格布。⟦l 接着读：煤油灯下的针线筐⟧
那个冬天特别冷，学校教室的窗户漏风，同学们冻得直跺脚，我穿着这件棉袄，一点也不觉得冷。
后来我去城里读书、工作，买过不少羽绒服，轻便又好看，可总觉得没有那件棉袄暖和。母亲走了六年了，棉袄我一直留着，每年冬天拿出来晒一晒，闻一闻上面太阳的味道。
""",
    ),
    dict(
        slug="blog-dingxiang-howto-curtain-hooks-wrapped",
        site="丁香小筑 (invented Typecho-like blog)",
        style="博客",
        genre="经验",
        kind="other",
        form="text",
        source="https://dingxiangxiaozhu.com/archives/512/",
        title="用废衣架做门帘钩，十分钟搞定",
        record_title="【巧手改造记】用废衣架做门帘钩，十分钟搞定 · 丁香小筑",
        date=None,
        notes="a personal blog hard-wrapped at 62 columns; a numbered list that must not be joined; relative post time (no date); tags, prev/next links and a comment box",
        page="""
!m 丁香小筑 — 一个主妇的手作角落
!m 首页 · 手作 · 收纳 · 厨房 · 关于我
!t 【巧手改造记】用废衣架做门帘钩，十分钟搞定
!m 小筑主人　3 天前　阅读 862　评论 14
{BODY}
!l 标签：#手作 #门帘钩 #旧物改造
!l 上一篇：阳台的旧纸箱别扔
!l 下一篇：给纱窗换个新边条
!l 留言板（14）　写下你的想法……
!m 丁香小筑 © 2019-2025　由 Typecho 驱动
""",
        wrap=62,
        body="""
夏天换门帘，发现原来的门帘钩少了两个，跑了两家五金店都没有同款。干脆自己动手，用家里的旧衣架做了几个，效果还不错，分享一下做法。
需要的工具：铁丝衣架两个、尖嘴钳一把、砂纸一小块。
1. 用钳子把衣架挂钩部分剪下来，拉直，截成每段约12厘米。
2. 一端弯成直径约2厘米的小圆环，用来穿门帘的布环。
3. 另一端弯成问号形状的钩子，开口留1厘米左右，方便挂在门框的横杆上。
4. 用砂纸把两头的断口磨光滑，免得刮伤手或者勾坏门帘。
做好的门帘钩可以刷一层防锈漆，颜色跟门框搭配。我家用了一个夏天，一个都没掉，还省了好几块钱。
""",
    ),
    dict(
        slug="wechat-chanyang-cdc-fly-trap-tips-html",
        site="浐阳疾控 (invented WeChat account, mirror page)",
        style="公众号镜像",
        genre="科普",
        kind="news",
        form="html",
        source="https://wx.wenzhangku.net/s/cyjk-20250702-01",
        title="夏季灭蝇，捕蝇笼这样放才管用",
        record_title=None,
        date="2025-07-02",
        notes=(
            "a WeChat mirror: no record title (the <h1>), an 原创 mark and the account line (its date is the "
            "page's date), a star prompt glued before the first words, the centre's own consultation phone, "
            "阅读原文/在看/赞赏 rows, a QR line and the mirror's archive note"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>浐阳疾控 - 公众号文章镜像</title>
<script src="/static/mirror.js"></script>
</head><body>
<div class="mirror-bar">⟦m 文章库 · 公众号内容镜像⟧　<a href="/">⟦a 返回镜像首页⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="original">⟦m 原创⟧</span> <span>⟦m 浐阳疾控　浐阳县疾病预防控制中心　2025年07月02日 17:30　湖南⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 3829⟧　⟦a 在看 41⟧　⟦a 喜欢作者　赞赏⟧</div>
<p class="qr">⟦a 长按识别下方二维码，关注浐阳疾控⟧</p>
</div>
<div class="mirror-foot">⟦d 此页由程序自动存档，原文版权属公众号作者所有，如需删除请留言⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点上方蓝字“浐阳疾控”，设为星标不迷路⟧入夏以后，苍蝇明显多了起来。苍蝇能携带痢疾杆菌、伤寒杆菌等多种病原体，是夏季肠道传染病的重要传播媒介。
很多居民家里、店里都放了捕蝇笼，可效果却相差很大。疾控中心病媒生物防制科的医生提醒，捕蝇笼要想管用，记住三点：
一是放对位置。捕蝇笼要放在垃圾桶、厨余收集点附近，不要放在餐桌、灶台旁边，以免把苍蝇引到食物周围。
二是选对诱饵。可以用发酵的淘米水加少量红糖，或者腐烂的水果，夏季高温时两三天就要更换一次。
三是及时清理。笼里的苍蝇积累多了会散发臭味，应每周清理一次，用开水烫过后再丢进垃圾桶。
如果发现家中苍蝇特别多，可拨打疾控中心咨询电话0735-4221360。
""",
    ),
    dict(
        slug="wechat-zhaiqiao-pledge-padded-jacket-donation",
        site="翟桥社区 (invented WeChat account, text backup)",
        style="公众号镜像",
        genre="倡议书",
        kind="notice",
        form="text",
        source="https://wxbak.example-archive.net/zhaiqiaosq/20241125/1",
        title="“旧棉袄·新温暖”爱心捐衣倡议书",
        record_title="“旧棉袄·新温暖”爱心捐衣倡议书 ｜ 翟桥社区 · 公众号文章留存",
        date="2024-11-24",
        date_also=["2024-11-25"],
        notes=(
            "a WeChat article's text backup: the account line's date differs from the 成文日期; a follow prompt "
            "on top; sentences about 扫描二维码 and 分享 that are the pledge's own; a share row and the backup's notice"
        ),
        page="""
!m 翟桥社区　2024-11-25 19:06　发表于湖南
!a 点击蓝字，关注我们
{T}
{BODY}
!a 觉得有用，就转给身边的邻居吧
!l 往期推荐｜社区冬季消防安全提醒　｜　老年食堂11月菜单出炉
!a 分享　收藏　在看　点赞
!d 本页为公众号文章的网页备份，内容版权归原公众号所有。
""",
        body="""
亲爱的居民朋友们：
寒冬将至，辖区内还有一些独居老人、困难家庭缺少御寒衣物。为传递邻里温暖，翟桥社区联合辖区爱心企业发起“旧棉袄·新温暖”爱心捐衣活动，特向全体居民发出如下倡议：
一、捐出一件闲置棉袄。请将八成新以上、清洗干净的棉袄、棉衣送到社区党群服务中心一楼，每天9:00至17:00均可接收。
二、做一回爱心志愿者。欢迎大家报名参与衣物分拣、消毒和入户发放，扫描社区公告栏上的二维码即可登记。
三、转发这份倡议书。请把倡议书分享到小区业主群、家庭群，让更多人知道、参与。
一件棉袄，温暖一个冬天。让我们携起手来，让爱在翟桥传递。
翟桥社区居民委员会
2024年11月24日
""",
    ),
    dict(
        slug="docshare-wendangyunji-contract-clothes-clips-html",
        site="文档云集 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.wendangyunji.net/doc/5518720.html",
        title="晒衣夹采购合同（范本）",
        record_title="晒衣夹采购合同（范本）.docx",
        date=None,
        notes=(
            "a sharing reader: file-name title, an upload notice, star ratings, a points lock and a service "
            "WeChat; a contract template with ×× placeholders, ＿＿ blanks, ＿＿＿＿年＿＿月＿＿日 and 第N条 (no date)"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>晒衣夹采购合同（范本）.docx - 文档云集</title>
<script>window.__DOC__={id:5518720,pages:2};</script>
</head><body>
<div class="header"><a class="logo">⟦m 文档云集⟧</a><span class="slogan">⟦m 好文档，大家一起分享⟧</span><a>⟦a 上传我的文档⟧</a></div>
<div class="path">⟦m 文档云集 ＞ 合同协议 ＞ 买卖合同⟧</div>
<h1 class="doc-title">⟦t 晒衣夹采购合同（范本）.docx⟧</h1>
<div class="doc-info">⟦m 分享者：合同小管家　上传时间：2024-07-30　页数：2　评分 ★★★★☆ 4.6⟧</div>
<div class="notice">⟦d 本文档为用户自行上传，文档云集仅提供展示空间，如有版权问题请点“投诉”⟧</div>
<div class="doc-content">
{BODY}
</div>
<div class="lock">⟦a 下载本篇需 5 积分，积分不足？签到即可领取⟧</div>
<div class="kefu">⟦w 找不到合适的合同模板？客服微信 yunji_kf07 帮你找⟧</div>
<div class="related"><h3>⟦l 同类文档⟧</h3><ul><li>⟦l 日用百货采购合同通用版⟧</li><li>⟦l 塑料制品供货协议书⟧</li></ul></div>
<div class="footer">⟦m © 2025 文档云集 wendangyunji.net　浙ICP备21016630号⟧</div>
</body></html>
""",
        body="""
甲方（采购方）：××××有限公司
乙方（供货方）：××××日用品厂
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，订立本合同。
第一条　甲方向乙方采购晒衣夹，规格型号为＿＿＿＿，数量为＿＿＿＿只，单价＿＿＿＿元，合同总价＿＿＿＿元。
第二条　乙方应保证产品弹簧不生锈、夹口无毛刺，每只晒衣夹夹持力不低于＿＿牛，产品质量须符合国家有关标准。
第三条　乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由＿＿方承担。
第四条　甲方收货后＿＿日内验收，验收合格后＿＿日内付清货款。
第五条　任何一方违约，应向对方支付合同总价＿＿%的违约金。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wendangyunji-rules-wine-jar-store-markers",
        site="文档云集 (invented, text copy)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.wendangyunji.net/doc/5490133.html",
        title="酒坛库房管理制度",
        record_title="【仓储制度汇编】酒坛库房管理制度（修订本·可改动）",
        date=None,
        notes=(
            "a sharing page's text: an upload notice above the body, a 第N条 regulation cut by page markers "
            "⍶n⍶ (on lines of their own or glued to the continuation); an upload stamp (no date)"
        ),
        page="""
!m 文档云集 wendangyunji.net
!m 首页 ＞ 企业管理 ＞ 仓储制度
!t 【仓储制度汇编】酒坛库房管理制度（修订本·可改动）
!m 分享者：老酒匠888　|　大小：28.6KB　|　上传于 2024-08-14　|　下载券：2
!d 此文档由用户上传至文档云集，云集只提供存储空间，不对内容的真实性负责。
{T}
{BODY}
!a 还剩1页未读，兑换下载券可阅读全文
!l 用户还浏览了：白酒车间安全操作规程　|　陶坛入库验收标准
""",
        pages=dict(fmt="⍶{n}⍶", every=130, start=2, glue="mix", sep=" "),
        body="""
第一条　为加强酒坛库房管理，保证原酒贮存安全和酒质稳定，结合本厂实际，制定本制度。
第二条　库房内酒坛应分区存放，按入库时间编号，坛身标签注明酒种、酒度、入坛日期和责任人。
第三条　酒坛堆码不得超过两层，坛与坛之间留出不少于10厘米的通风间隙，主通道宽度不小于1.2米。
第四条　库房温度保持在15℃至25℃之间，相对湿度保持在60%至75%之间，保管员每日上午、下午各记录一次。
第五条　封坛用的荷叶、油纸和封泥须经检验合格后方可使用，每月抽查封口一次，发现渗漏立即转坛。
第六条　库房内严禁烟火，严禁存放易燃易爆物品，消防器材由安全员每月检查一次。
第七条　本制度由生产技术部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="edu-chanyang-notice-canteen-fly-traps-html",
        site="浐阳教育网 (invented county education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.chanyang.gov.cn/jyjwj/202506/t20250610_90217.html",
        title="浐阳县教育局关于在中小学食堂推广使用捕蝇笼等防蝇设施的通知",
        record_title="浐阳县教育局关于在中小学食堂推广使用捕蝇笼等防蝇设施的通知 » 教育局文件 » 浐阳教育网",
        date="2025-06-09",
        date_also=["2025-06-10"],
        notes=(
            "an education bureau portal: 适老/读屏 links, attachment download links under the body, a technical "
            "support line next to the notice's own 联系人/电话/邮箱, a 附件 list, a sentence telling schools to "
            "下载附件 and 扫描; the portal's 发布时间 differs from the 成文日期"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>浐阳县教育局关于在中小学食堂推广使用捕蝇笼等防蝇设施的通知 » 教育局文件 » 浐阳教育网</title>
</head><body>
<div class="top">⟦m 浐阳教育网⟧ <a>⟦a 适老版⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 登录办公平台⟧</a></div>
<div class="menu">⟦m 首页　教育动态　教育局文件　招生考试　资源中心⟧</div>
<div class="loc">⟦m 当前位置：浐阳教育网 » 教育局文件⟧</div>
<h2 class="tit">{T}</h2>
<div class="info">⟦m 发布时间：2025-06-10　发布科室：后勤保障股　浏览次数：647⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fj"><p>⟦a 附件下载：学校食堂防蝇设施配置表.xlsx⟧</p><p>⟦a 附件下载：防蝇设施自查表.docx⟧</p></div>
<div class="pn">⟦l 上一条：关于做好2025年中考考点保障工作的通知⟧<br>⟦l 下一条：关于开展暑期防溺水专题教育的通知⟧</div>
<div class="foot">⟦m 主办：浐阳县教育局　技术支持：浐阳县电化教育馆 0736-5201188⟧<br>⟦m 湘ICP备12006318号⟧</div>
<script src="/js/accessibility/wza.js"></script>
</body></html>
""",
        body="""
各中小学、幼儿园：
为切实做好夏季学校食堂病媒生物防制工作，预防肠道传染病，县教育局决定在全县中小学、幼儿园食堂推广使用捕蝇笼等防蝇设施。现将有关事项通知如下。
一、各校食堂的后门、垃圾暂存点和泔水桶周边，每处应至少放置捕蝇笼1只，操作间入口须安装风幕机或防蝇门帘。
二、捕蝇笼由学校后勤统一管理，诱饵每周更换两次，由食堂专人清理并登记。
三、请各校下载附件，对照防蝇设施配置表进行自查，于6月20日前将自查表盖章扫描后报送县教育局后勤保障股。
联系人：莫心怡，电话：0736-5209417，邮箱：cyhqbz@chanyangedu.cn
附件：1.学校食堂防蝇设施配置表
2.防蝇设施自查表
浐阳县教育局
2025年6月9日
""",
    ),
    dict(
        slug="edu-chiling-summary-uniform-padded-jackets",
        site="茌岭教育信息网 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.chilingedu.cn/xxgz/zjhb/2024-12-02/3316.html",
        title="茌岭县第二中学冬季校服棉袄发放工作总结",
        record_title="茌岭县第二中学冬季校服棉袄发放工作总结_学校工作_茌岭教育信息网",
        date="2024-11-29",
        notes="an education portal text page: a site/column title, an update stamp (no date), 纠错/打印/关闭 row, prev/next links; the 成文日期 under the signature",
        page="""
!m 茌岭教育信息网
!m 首页 | 教育动态 | 学校工作 | 通知公告 | 资源下载
!m 您所在的位置：首页 -> 学校工作 -> 总结汇报
{T}
!m 作者：县二中政教处　　来源：茌岭县第二中学　　点击数：193　　更新时间：2024-12-02
!a 【我要纠错】【打印文章】【关闭窗口】
{BODY}
!l 上一条：县实验小学开展冬季消防疏散演练
!l 下一条：关于做好寒假前安全教育工作的通知
!m 茌岭县教育局主办　技术维护：县教育信息中心
""",
        indent="\u3000\u3000",
        body="""
为让学生温暖过冬，按照县教育局关于冬季校服配备的统一部署，我校于11月中旬完成了全校学生冬季校服棉袄的征订和发放工作，现总结如下。
一、坚持自愿征订。学校通过家长会、告家长书等方式说明棉袄的面料、价格和尺码，由家长自愿选择是否征订，全校1526名学生中共征订1318件，未征订的学生不作统一着装要求。
二、严把质量关口。学校膳食和校服管理委员会全程参与，抽取10件送县纤维检验所检测，填充物、面料成分和甲醛含量全部合格。
三、做好发放服务。以班级为单位现场试穿、当场调换，对家庭困难的46名学生，由学校资助中心全额承担费用。
下一步，学校将继续听取家长意见，改进校服征订工作。
茌岭县第二中学
2024年11月29日
""",
    ),
    dict(
        slug="oa-taoyun-minutes-wine-jar-firing-html",
        site="陶韵酒坛公司协同办公平台 (invented OA document view)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.taoyun-jiutan.com/seeyon/collaboration.do?method=summary&affairId=-88213",
        title="关于酒坛烧制质量问题的专题会议纪要",
        record_title="【流转中】关于酒坛烧制质量问题的专题会议纪要 - 陶韵OA协同",
        date="2025-03-14",
        notes=(
            "an OA document view: its sign-off trail, a read count and an 'I have read it' button, a watermark line; "
            "the 时间/地点/主持/参会/记录 lines of minutes stay in the body; the meeting date from the 时间 line"
        ),
        page="""
<html><head><meta charset="utf-8"><title>【流转中】关于酒坛烧制质量问题的专题会议纪要 - 陶韵OA协同</title>
<script src="/seeyon/common/all-min.js"></script></head><body>
<div class="oa-head">⟦m 陶韵酒坛有限公司 · 协同办公平台⟧　⟦m 当前用户：窑炉车间 蔡振宇⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议管理　通讯录⟧</div>
<div class="oa-bar">⟦a 回复意见　转发　存为个人文档　导出PDF⟧</div>
<div class="doc">
<h2>{T}</h2>
<p class="docno">陶韵纪〔2025〕6号</p>
{BODY}
</div>
<div class="trail"><h4>⟦l 签收记录⟧</h4>
<p>⟦l 总经理办公室 史雅琴　2025-03-15 09:02　已签收⟧</p>
<p>⟦l 质检部 韦明　2025-03-15 10:47　已签收⟧</p></div>
<div class="read">⟦m 阅读人次：37⟧　<button>⟦a 我已知悉⟧</button></div>
<div class="wm">⟦d 内部资料·仅限本公司员工查阅⟧</div>
</body></html>
""",
        body="""
时间：2025年3月14日下午2:30
地点：公司三楼会议室
主持：副总经理 龙启航
参会：生产部、质检部、窑炉车间、采购部负责人
记录：裴文静
会议听取了质检部关于2月份酒坛出窑质量情况的汇报。2月份共出窑酒坛6840只，其中坛身裂纹213只、釉面起泡97只，合格率95.5%，比上月下降1.8个百分点。会议经讨论，议定如下事项：
一、窑炉车间对2号隧道窑的升温曲线重新调校，3月20日前完成试烧。
二、采购部对本批次釉料供应商进行约谈，要求提供检测报告。
三、质检部对库存酒坛逐只敲击听音复检，不合格品一律不得出厂。
四、各部门于3月底前书面报告整改情况。
""",
    ),
    dict(
        slug="intranet-hengfeng-bulletin-clip-quality-accident",
        site="恒丰内网门户 (invented enterprise intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.2.15/portal/ggtb/2025/0411/207.html",
        title="关于注塑二车间晒衣夹批量质量事故的通报",
        date="2025-04-11",
        notes="record title as is; an intranet's publisher line, a collect/forward/print row, an 'internal only' line and the IT desk's extension; a 抄送 line in the body",
        page="""
!m 恒丰内网门户 ｜ 公告通报
!m 发布部门：质量部　　发布人：admin02　　阅读 311 次
!a 【收藏】【转发到部门群】【打印】
{T}
{BODY}
!d 内部资料　不得外传
!m 恒丰塑胶信息中心维护　IT服务分机 8008
""",
        body="""
各部门、各车间：
4月8日，注塑二车间生产的一批塑料晒衣夹（订单号XK2504-17）在客户验收时发现弹簧孔位偏移，夹口无法闭合，不合格数量达1.2万只，造成返工和运费损失约2.6万元。
经质量部调查，事故原因是当班操作工更换模具后未按规定首件送检，班组长未认真巡检，导致不合格品批量流出。
为严肃质量纪律，经公司研究，决定对注塑二车间通报批评，对当班操作工、班组长分别扣罚当月绩效，车间主任作出书面检查。
各车间要引以为戒，严格执行首件检验、巡回检验制度，换模、换料后必须经质检员确认签字方可批量生产。
郛口恒丰塑胶制品有限公司
2025年4月11日
抄送：总经理，分管副总经理。
""",
    ),
]
