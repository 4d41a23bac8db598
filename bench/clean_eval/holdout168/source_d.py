"""holdout168, part D. Invented documents, sites and chrome; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-bixia-notice-gasmeter-townships",
        site="笔下生花公文网 (invented)",
        style="范文站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.bxsh-gw.com/tongzhi/anquan/71526.html",
        title="萑城县人民政府办公室关于加强农村燃气表具安全管理的通知",
        record_title="萑城县人民政府办公室关于加强农村燃气表具安全管理的通知（精选范文）_笔下生花公文网",
        date="2024-10-28",
        notes="成文日期 in Chinese numerals; 抄送/印发 版记 kept; writing-service prompt glued after a sentence",
        page="""
!m 笔下生花公文网　◆　公文写作好帮手
!m 当前：首页 ＞ 通知 ＞ 安全生产类
!t 萑城县人民政府办公室关于加强农村燃气表具安全管理的通知（精选范文）
!m 作者：网友投稿　　时间：一年前　　热度：1536
{BODY}
!a 温馨提示：复制内容请先登录，登录后可下载Word原文。
!l 上一篇：关于开展冬季城镇燃气安全大检查的通知
!l 下一篇：关于做好液化气站点清理整顿工作的通知
!d 本站范文仅供写作参考，请勿直接用于正式公文。
""",
        indent="\u3000\u3000",
        body="""
萑政办发〔2024〕58号
各乡镇人民政府，县直有关部门：
随着农村管道天然气覆盖面扩大，全县农村用户燃气表具安装使用中的隐患逐步显现。⟦w 材料代写、公文润色请加微信 bxsh_gw88⟧为切实保障群众用气安全，现就有关事项通知如下。
一、燃气企业要对农村用户燃气表具建立一户一档，每年至少入户安检一次。
二、各乡镇要把燃气表具安全纳入网格化管理，发现私改、私接表具的及时报告。
三、县住建局要会同市场监管局开展燃气表具质量抽查，不合格产品一律下架。
萑城县人民政府办公室
二〇二四年十月二十八日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
萑城县人民政府办公室　2024年10月28日印发
""",
    ),
    dict(
        slug="wenku-duyue-report-purslane-research",
        site="读阅文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.duyuewk.com/doc/58c1e20d7a.html",
        title="关于蒹水镇马齿苋产业发展情况的调研报告",
        record_title="关于蒹水镇马齿苋产业发展情况的调研报告.doc",
        date="2024-05-30",
        notes="文库 reader with page paragraphs between the halves of a cut paragraph; file-name record title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于蒹水镇马齿苋产业发展情况的调研报告.doc - 读阅文库</title>
<script src="/reader/v3/reader.js"></script></head><body>
<div class="topnav">⟦m 读阅文库⟧ ⟦m 首页 · 分类 · 精品文档 · 会员中心⟧ ⟦a 登录⟧</div>
<div class="doc-hd"><h1>{T}</h1><div>⟦m 上传者：农经观察　页数：5　阅读：2.6千⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="reader-end">⟦a 试读结束，剩余3页需下载后阅读⟧ ⟦a 下载文档（5读豆）⟧</div>
<div class="recommend">⟦l 猜你喜欢：野菜产业调研报告 · 特色种植业发展情况汇报⟧</div>
<div class="ft">⟦d 本文档由用户上传，仅供交流学习，如侵犯您的权益请联系我们处理。⟧</div>
</body></html>
""",
        pages=dict(fmt="·第{n}张·", every=140, start=2),
        body="""
为摸清蒹水镇马齿苋产业发展现状，今年5月，县农业农村局调研组深入蒹水镇4个村、2家合作社和1家加工企业，开展了为期一周的专题调研。
一、基本情况。蒹水镇马齿苋种植面积由2021年的150亩扩大到今年的620亩，年产鲜品约1500吨，主要以鲜销和晒干为主，深加工比例不足一成。
二、存在问题。一是品种混杂，产量和品质不稳定；二是加工能力弱，旺季鲜品积压；三是品牌意识不强，多以散装低价出售。
三、对策建议。建议引进选育优良品种，扶持建设烘干和预制菜加工线，注册区域公用品牌，推动产业提质增效。
县农业农村局调研组
2024年5月30日
""",
    ),
    dict(
        slug="gov-tiaoling-reply-bamboo-rice-permit",
        site="苕岭乡人民政府 (invented)",
        style="政府门户",
        genre="答复",
        kind="letter",
        form="text",
        source="http://www.tiaoling.gov.cn/hdjl/ldxx/2024/0412/2231.html",
        title="关于竹筒饭摊点办理小餐饮登记的答复",
        record_title="关于竹筒饭摊点办理小餐饮登记的答复_领导信箱_苕岭乡人民政府",
        date="2024-04-12",
        notes="portal letterbox: question and reply; 来信/回复 times; document's phone next to the portal's 12345",
        page="""
!m 苕岭乡人民政府门户网站
!m 互动交流 > 领导信箱 > 信件详情
!m 信件编号：LDXX20240408017　　来信时间：2024-04-08　　回复时间：2024-04-12
!m 信件状态：已办结　　公开类型：公开
{T}
{BODY}
!a 我要评价：满意　基本满意　不满意
!m 政务服务便民热线：12345
!m 主办单位：苕岭乡人民政府　地址：苕岭乡政府路1号
""",
        date_also=["2024-04-08"],
        body="""
来信内容：我在乡集市摆竹筒饭摊已有两年，听说要办登记证，不知道去哪里办，需要什么材料？
回复内容：您好！根据省食品小作坊、小餐饮和食品摊贩管理条例，固定摊点经营竹筒饭需办理小餐饮登记证。请您携带身份证、健康证明和经营场所照片，到乡便民服务中心市场监管窗口申请，材料齐全的当场办结，不收取费用。
如有疑问，请致电乡市场监管所：0774-5321068。
苕岭乡人民政府
2024年4月12日
""",
    ),
    dict(
        slug="news-beifang-report-fishskin-clothes",
        site="北疆晨报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.bjcbw.com.cn/system/2024/12/09/030118834.shtml",
        title="一件鱼皮衣要捶三千次 这位“90后”姑娘接过了奶奶的木槌",
        record_title="一件鱼皮衣要捶三千次 这位“90后”姑娘接过了奶奶的木槌_北疆晨报网",
        date="2024-12-09",
        notes="evening-paper portal; read-more link and photo caption between paragraphs; editor glued after the last line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>一件鱼皮衣要捶三千次 这位“90后”姑娘接过了奶奶的木槌_北疆晨报网</title>
<script src="//static.bjcbw.com.cn/js/stat.js"></script></head><body>
<div class="hd">⟦m 北疆晨报网⟧ ⟦m 要闻　本地　社会　文旅　视频　图片⟧</div>
<div class="crumbs">⟦m 北疆晨报网 &gt; 文旅 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2024-12-09 07:52:16　来源：北疆晨报　作者：记者 常冰⟧</div>
<div class="tools">⟦a 分享到：⟧ ⟦a 字号：大 中 小⟧</div>
{BODY}
<div class="rel">⟦l 相关新闻⟧<ul><li>⟦l 赫哲族伊玛堪说唱进校园⟧</li><li>⟦l 江畔渔村冬捕节开幕⟧</li></ul></div>
<div class="ft">⟦d 北疆晨报网所刊载内容之知识产权为北疆晨报社所有⟧ ⟦m 违法和不良信息举报电话：0451-8461110⟧</div>
</body></html>
""",
        body="""
清晨，荻浦镇赫哲族村的一间木屋里，27岁的尤丽娜正用木槌一下一下捶打鱼皮。她面前的案板上，摊着十几张晾干的胖头鱼皮。
“一件鱼皮衣要用五十多张鱼皮，每张都要捶上几十遍，算下来要捶三千多次。”尤丽娜说。
⟦l 点击阅读：赫哲族鱼皮技艺列入国家级非遗名录始末⟧
大学毕业后，尤丽娜回到村里，跟着奶奶学做鱼皮衣。三年来，她做成了四件鱼皮衣和上百件鱼皮小挂件，还通过网络把作品卖到了南方。
⟦m 尤丽娜在展示刚完成的鱼皮衣。常冰 摄⟧
“奶奶说这手艺不能断在我们这辈。”尤丽娜说，她打算明年在村里办一个鱼皮工坊，带更多年轻人学。⟦m （编辑：沈北北）⟧
""",
    ),
    dict(
        slug="forum-yeshu-post-coconut-tools",
        site="椰树下手工论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://www.yeshuxia.net/thread-20817-1-1.html",
        title="分享一下我雕椰壳用的几把刀和打磨心得",
        record_title="[经验分享] 分享一下我雕椰壳用的几把刀和打磨心得 - 雕刻工艺 - 椰树下手工论坛",
        date="2024-02-14",
        notes="Discuz-like forum with jammer fonts; post time is the page date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[经验分享] 分享一下我雕椰壳用的几把刀和打磨心得 - 雕刻工艺 - 椰树下手工论坛</title>
<style>.jammer{display:none}</style><script src="static/js/common.js"></script></head><body>
<div id="hd">⟦m 椰树下手工论坛⟧ ⟦a 用户名⟧ ⟦a 自动登录⟧ ⟦a 找回密码⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 椰树下手工论坛 › 手工交流 › 雕刻工艺 › 查看内容⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 椰壳老陈⟧<br>⟦m 主题 42 帖子 610 积分 1877⟧</td>
<td class="plc"><h1>{T}</h1><div class="authi">⟦m 发表于 2024-2-14 16:03:27⟧ ⟦a 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复⟧ ⟦a 支持⟧ ⟦a 收藏⟧ ⟦l 分享⟧</div></td></tr></table>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦d 论坛帖子仅代表作者个人观点⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
雕椰壳十几年，被问得最多的就是用什么刀，今天一起说说。
平口刀用来铲底，斜口刀用来勾线，圆口刀用来挖弧面，这三把是必备的。刀要用高速钢的，椰壳硬，普通钢刀用两天就卷刃。
打磨先用240目砂纸去刀痕，再用600目、1200目逐级细磨，最后上一层核桃油。千万别图快直接上细砂纸，磨出来会发花。
另外提醒新手，雕刻时一定戴口罩，椰壳粉尘吸多了对肺不好。
""",
    ),
    dict(
        slug="blog-ranqi-essay-meter-reader",
        site="一个抄表员的日常 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://chaobiaoyuan.blog.example-host.com/archives/318",
        title="抄了十二年燃气表，我记住的那些门",
        record_title="抄了十二年燃气表，我记住的那些门 – 一个抄表员的日常",
        date=None,
        notes="personal blog, hard-wrapped at 64 columns; archive list and comments; update stamp alone is no date",
        page="""
!m 一个抄表员的日常
!m 首页 · 随笔 · 关于我 · 留言板
!t 抄了十二年燃气表，我记住的那些门
!m 分类：随笔　　标签：工作, 燃气, 邻里　　更新于 近日
{BODY}
!l ← 上一篇：雨天抄表的装备清单
!l 下一篇：换了智能表之后 →
!l 3 条评论
!l 夏天的风：看哭了，我们小区的抄表师傅也是这么好的人。
!d 本博客文字为原创，转载请注明出处。
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
十二年里，我抄过的燃气表大概有四万多只。每只表后面都是一扇门，每扇门后面都是一户人家。
三号楼的王奶奶一个人住，每次我去，她都要给我倒一杯水。有一回她家的表三个月几乎没走字，我不放心，敲了半天门才知道她住院了。后来我每个月都会多问一句。
也遇到过不开门的，骂人的，把狗放出来的。时间长了，我学会了先笑后说话。
现在小区换了智能表，读数自己会传上来，我不用再一扇门一扇门地敲了。可我还是常常想起那些门。
""",
    ),
    dict(
        slug="wechat-tiaoling-news-bamboo-rice-festival",
        site="苕岭发布镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mp-mirror.example-read.com/a/tiaolingfabu/9Qe7Lx",
        title="竹香飘满街！苕岭乡首届竹筒饭文化节开幕",
        record_title="竹香飘满街！苕岭乡首届竹筒饭文化节开幕",
        date="2024-10-02",
        notes="WeChat mirror with 阅读原文/在看; account date line as page date; follow prompt glued after the last line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>竹香飘满街！苕岭乡首届竹筒饭文化节开幕</title>
<script>var biz="MzA4MTQ2";</script></head><body>
<div class="rich_media"><h2 class="rich_media_title">{T}</h2>
<div class="rich_media_meta">⟦m 苕岭发布⟧ ⟦m 2024-10-02 18:30⟧ ⟦m 发表于广西⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧ ⟦l 阅读 9876　赞 211　在看 64⟧</div>
<div class="qr">⟦a 长按识别二维码　关注苕岭发布⟧</div>
<div class="mirror-foot">⟦d 本页为公众号文章镜像，版权归原作者所有。⟧</div>
</div></body></html>
""",
        p_html='<section><p style="text-indent:2em;">{}</p></section>',
        body="""
10月1日，苕岭乡首届竹筒饭文化节在乡集镇开幕，来自周边县市的游客和当地群众近两万人参加。
文化节上，30多家竹筒饭摊点沿街排开，腊肉竹筒饭、板栗竹筒饭、紫米竹筒饭等十余个品种任游客品尝。现场还举行了竹筒饭烤制技能比赛，15名选手同台竞技。
据介绍，苕岭乡现有竹筒饭经营户120余户，年销售额超过3000万元。⟦a 更多精彩，点击上方蓝字关注我们⟧
""",
    ),
    dict(
        slug="docshare-haoxue-speech-oneline-fishskin",
        site="好学文档网 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.haoxuedoc.net/doc-88120473.html",
        title="在全县鱼皮画技艺传承人座谈会上的讲话",
        record_title="在全县鱼皮画技艺传承人座谈会上的讲话.wps",
        date="2024-03-26",
        notes="whole body on one line; date under the speech title; file-name record title",
        page="""
!m 好学文档网　|　文档分类 > 党政公文 > 讲话稿
!t 在全县鱼皮画技艺传承人座谈会上的讲话.wps
!m 文档格式：.wps　　文档页数：3页　　上传：阿宽　　上传时间：2天前
!a 下载券：3　　 立即下载　　 加入收藏
{T}
（2024年3月26日）
{BODY}
!a 全文阅读已结束，下载本文需要使用3个下载券
!d 声明：本站所有文档均为用户上传，不代表本站观点。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位传承人、同志们：
今天请大家来，就是想听听大家对鱼皮画技艺传承的意见和建议。刚才，几位老传承人谈了很多实实在在的想法，我都记下了。
鱼皮画是我们县最有辨识度的文化名片。近年来，全县建成传习点7个，培养学员300多人，作品多次参加省级展览。
但我们也要看到，老传承人年事渐高，年轻人学得多、坚持得少，原料鱼皮供应也不稳定。对这些问题，县里将在传承人补助、原料基地和销售渠道上研究具体办法。
希望各位传承人多带徒弟、多出精品，共同把这门手艺传承好、发展好。
""",
    ),
    dict(
        slug="edu-dipu-summary-coconut-club",
        site="荻浦镇中心学校 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dpzx.liaoyuan.edu.cn/xyxw/2024/0705/1512.html",
        title="荻浦镇中心学校2023—2024学年椰雕社团活动总结",
        record_title="荻浦镇中心学校2023—2024学年椰雕社团活动总结-校园动态",
        date="2024-07-05",
        notes="school site; numbered list; member table; 发布日期 byline as the page date",
        page="""
!m 荻浦镇中心学校　　勤学　善思　博雅　尚美
!m 网站首页 | 学校概况 | 校园动态 | 德育天地 | 教研之窗
!m 当前位置：首页 >> 校园动态
{T}
!m 发布日期：2024-07-05　　发布人：教务处　　浏览：217
{BODY}
!a 【关闭窗口】
!m Copyright©2024 荻浦镇中心学校　琼ICP备11003062号
""",
        body="""
本学年，学校椰雕社团共有成员36人，聘请镇椰雕工坊两名师傅每周三下午授课，全年开展活动32次。
1.社团成员完成椰雕作品210件，其中18件参加县中小学生艺术展演，获一等奖2个、二等奖5个。
2.社团编写了校本教材《椰壳里的海岛》，共六课，涵盖选壳、设计、雕刻、打磨等内容。
3.社团成员分布如下：
年级　人数　指导教师
四年级　10　符红
五年级　14　王海燕
六年级　12　吉阿强
下学年，社团将增设椰壳贴画小组，并与镇椰雕工坊合作开展研学活动。
""",
    ),
    dict(
        slug="oa-zhuxiang-notice-food-safety-recall",
        site="竹乡食品内部门户 (invented intranet)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://portal.zhuxiang.local/docs/view.aspx?id=3392",
        title="关于召回批次号ZT240811速冻竹筒饭的紧急通知",
        record_title="内部通知-关于召回批次号ZT240811速冻竹筒饭的紧急通知",
        date="2024-08-19",
        notes="intranet document view with 流转记录 and read count; recall line in the body beside the company 400 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>内部通知-关于召回批次号ZT240811速冻竹筒饭的紧急通知</title></head><body>
<div class="portal-hd">⟦m 竹乡食品企业门户⟧ ⟦m 欢迎您，质量管理部 李**⟧ ⟦a 退出⟧</div>
<div class="portal-nav">⟦m 我的待办 | 公文中心 | 制度汇编 | 通讯录⟧</div>
<div class="doc-info">⟦m 发文部门：质量管理部　紧急程度：特急　已读：143人⟧</div>
<h2>{T}</h2>
<p class="docno">竹乡质〔2024〕17号</p>
{BODY}
<div class="flow">⟦m 流转记录：质量管理部 起草 2024-08-19 09:02 → 总经理办公室 核稿 → 总经理 签发⟧</div>
<div class="ops">⟦a 导出　打印　转发⟧</div>
<div class="ft">⟦m 客户服务热线：400-870-2266⟧ ⟦d 内部文件，注意保密⟧</div>
</body></html>
""",
        body="""
各部门、各销售分公司：
经内部抽检，批次号ZT240811的速冻竹筒饭（腊肉味，450克装）部分产品菌落总数超出企业内控标准。为确保消费者安全，公司决定立即召回该批次全部产品。
一、各销售分公司于8月21日前完成该批次产品下架和退回，并填报召回台账。
二、客服部门对已售产品做好消费者解释和退款工作，召回专线：0774-5238866。
三、生产部门排查蒸制和速冻工序，查明原因后书面报告。
质量管理部
2024年8月19日
""",
    ),
]
