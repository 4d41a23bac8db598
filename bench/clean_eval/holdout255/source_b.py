"""holdout255, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-yanjiao-memoir-tin-tea-caddy-tagcloud",
        site="檐角听风 (invented personal blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://yanjiaotingfeng.example-blog.cn/archives/417.html",
        title="外婆的锡茶叶罐",
        record_title="【罐中岁月】外婆的锡茶叶罐 – 檐角听风",
        date=None,
        notes="WordPress-like blog: a modified stamp with a relative time (no date), category and tag line, tag cloud, archive by month, comment form; a memoir without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【罐中岁月】外婆的锡茶叶罐 – 檐角听风</title>
<script src="/wp-includes/js/wp-emoji.js"></script></head><body>
<header><p class="site-title">⟦m 檐角听风⟧</p><p class="site-desc">⟦m 雨停之后，慢慢写字⟧</p>
<nav>⟦m 首页 · 旧物 · 读书 · 草木 · 留言板⟧</nav></header>
<main><article>
<h1 class="entry-title">⟦t 【罐中岁月】外婆的锡茶叶罐⟧</h1>
<div class="entry-meta">⟦m 最后修改于 2 天前 · 分类：旧物 · 阅读 1,034⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-tags">⟦l 标签：外婆 / 锡器 / 茶 / 老屋⟧</div>
<div class="post-nav">⟦l « 前一篇　祖父的竹刨子⟧ ⟦l 后一篇　灶膛边的冬夜 »⟧</div>
</article>
<section id="comments"><h3>⟦l 4 条回音⟧</h3>
<p>⟦l 松下客：读得鼻子一酸，我奶奶也有一只这样的罐子。⟧</p>
<form>⟦l 留下你的回音⟧<textarea></textarea><button>⟦a 寄出评论⟧</button></form></section></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 旧物 外婆 故乡 茶事 手艺 读书笔记⟧</p>
<h4>⟦l 按月归档⟧</h4><ul><li>⟦l 2024年十一月 (3)⟧</li><li>⟦l 2024年十月 (5)⟧</li></ul></aside>
<footer>⟦d 本博文字均为原创，转载请留言告知并注明出处。⟧ ⟦m 由 WordPress 驱动 · 主题 Yanjiao⟧</footer>
</body></html>
""",
        body="""
外婆家的碗柜顶上，一直放着一只锡茶叶罐。罐身是八角的，肚子上錾着一枝梅花，盖子扣上去严丝合缝，要用指甲抠着边才能打开。
那是外婆的陪嫁。她说锡罐装茶不走味，梅雨天也不受潮。每年清明前后，舅舅从山上采回新茶，外婆炒好晾凉，一把一把装进罐里，最后在罐口垫一张草纸，才把盖子按紧。
小时候我最盼着家里来客人。客人一坐下，外婆就踮着脚把茶叶罐取下来，抓一小撮放进搪瓷杯，冲上开水，满屋子都是茶香。
外婆走后，那只茶叶罐传到了我手里。罐身已经有些发暗，梅花也磨得看不大清了。我仍旧每年往里面装一罐新茶，打开盖子的那一刻，好像又回到了那间矮矮的老屋。
""",
    ),
    dict(
        slug="blog-heibancao-earmuffs-recess-wrapped-56",
        site="黑板槽里的日子 (invented teacher's blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://heibancao.example-blog.cn/post/2024/12/09/ermao.html",
        title="孩子课间该不该戴耳罩？一个班主任的观察",
        record_title="班主任手札丨孩子课间该不该戴耳罩？一个班主任的观察 · 黑板槽里的日子",
        date="2024-12-09",
        notes="teacher's blog as text, hard-wrapped at 56 columns; the 发表于 byline is the page's date; category line, reader count, previous/next links and a comment box below",
        page="""
!m 黑板槽里的日子 —— 一个乡村班主任的记事本
!m 首页 | 班级日志 | 家校沟通 | 关于我
!t 班主任手札丨孩子课间该不该戴耳罩？一个班主任的观察
!m 发表于 2024-12-09 21:16　分类：家校沟通　被围观 438 次
{BODY}
!l ← 上一则：期中家长会上我想说的几句话
!l → 下一则：寒假作业我们这样布置
!l 评论（12）　写下你的想法……
!d 博文系个人观点，与任职学校无关。
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
入冬后，班上戴耳罩的孩子一天比一天多。有的家长担心孩子冻耳朵，也有家长来问我：课间戴着耳罩，会不会听不见上课铃，影响安全？
我观察了两个星期，记下几点看法，供家长们参考。
第一，户外活动时戴耳罩利大于弊。我们学校地处风口，早上跑操时风很硬，往年总有几个孩子耳朵生冻疮。今年戴耳罩的孩子，一个都没有冻伤。
第二，进教室要摘下来。教室里有暖气，一直戴着耳朵闷热出汗，出门再一吹风反而容易着凉。我在教室门口放了一个收纳筐，孩子进门就把耳罩放进去。
第三，选耳罩要选薄一点、能听见声音的。太厚的耳罩隔音强，孩子在操场上听不到哨声和提醒，确实存在安全隐患。
孩子的事无小事，一副耳罩也值得家长和老师多商量。
""",
    ),
    dict(
        slug="wechat-songping-health-pickle-jar-h1-missing",
        site="微读存档馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://weidu-cundang.example.com/a/songping-wsfwz/20240715-2.html",
        title="腌菜坛里的亚硝酸盐，这样吃才放心",
        record_title=None,
        date="2024-07-15",
        notes="WeChat mirror without a record title: the title only as <h1>; 原创 tag and the account line with the date (the page's date); a star prompt, 阅读原文/在看 rows, a QR follow line and the mirror's archive note; the station's own consultation phone stays in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>微读存档馆</title></head><body>
<div class="mirror-top">⟦m 微读存档馆 · 公众号好文离线存⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创⟧ ⟦m 淞坪社区卫生服务站⟧ ⟦m 2024-07-15 08:30⟧</div>
<p class="star">⟦a 点上方蓝字，把“淞坪卫服站”设为星标⟧</p>
<div class="rich_media_content">
{BODY}
</div>
<div class="ops">⟦a 阅读原文⟧ ⟦a 在看⟧ ⟦a 点赞 216⟧</div>
<div class="qr">⟦a 长按识别二维码，健康资讯天天收⟧</div>
</div>
<div class="mirror-foot">⟦d 本页为公众号文章的离线镜像，版权属原作者，存档仅供检索。⟧ ⟦l 同号往期：三伏天慢病老人怎么防中暑⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
夏天到了，不少居民家里的腌菜坛又开始“上岗”了。自家腌的酸菜、泡萝卜清脆爽口，但很多人担心里面的亚硝酸盐。今天我们就来说一说。
蔬菜腌制过程中，亚硝酸盐含量会先升高、再下降。一般在腌制后第3天到第8天达到高峰，20天以后会降到较低水平。所以，刚腌几天的菜最好别急着吃。
用好腌菜坛也很关键。一是坛子要洗净晾干，不能沾油沾生水；二是坛沿水要保持充足，隔绝空气；三是盐量不能太少，一般不低于蔬菜重量的百分之五。
另外，腌菜含盐较多，高血压、肾病患者要少吃。吃腌菜时搭配新鲜蔬菜和水果，也能减少亚硝酸盐的危害。
如有疑问，可拨打服务站健康咨询电话0917-8821506。
""",
    ),
    dict(
        slug="wechat-yiling-forestry-pledge-duster-feathers",
        site="公号拾遗 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://gonghaoshiyi.example.net/yilinglinye/2024/04/02/3.html",
        title="不买不用野生鸟类羽毛掸子倡议书",
        record_title="爱鸟周｜不买不用野生鸟类羽毛掸子倡议书 · 沂岭林业",
        date="2024-04-01",
        date_also=["2024-04-02"],
        notes="WeChat mirror as text: the account line's date differs from the 成文日期; a follow prompt glued before the salutation; the pledge asks readers to 分享 it (content); the forestry 举报电话 stays in the body",
        page="""
!m 公号拾遗 — 收好每一篇公号文章
!t 爱鸟周｜不买不用野生鸟类羽毛掸子倡议书
!m 沂岭林业　2024-04-02 07:50　沂岭县
{BODY}
!a 轻点“在看”，让护鸟的人多一个
!a 阅读原文　　留言 19
!w 商务合作及投稿：加微信 ylly_tougao
!d 拾遗说明：本文转自公众号“沂岭林业”，如需删除请联系站长。
""",
        body="""
⟦a 点蓝字关注“沂岭林业”，林区消息早知道⟧广大市民朋友：
每年4月上旬是我省的“爱鸟周”。近期，我们在集市巡查中发现，个别摊贩出售用野鸡、白鹭等野生鸟类羽毛扎成的掸子。猎捕、收购、出售野生鸟类及其制品，既破坏生态，也触犯法律。为此，我们倡议：
一、不买不用野生鸟类羽毛制作的掸子和工艺品，选购家禽羽毛或化纤材质的鸡毛掸子。
二、不猎捕、不收购野生鸟类，发现非法出售线索，及时拨打林业举报电话0917-6278110。
三、做爱鸟护鸟的宣传员，请把这份倡议分享给身边的亲友。
让我们共同守护沂岭的青山绿水和林间鸟鸣。
沂岭县林业局　沂岭县观鸟协会
2024年4月1日
""",
    ),
    dict(
        slug="docshare-wendanghui-request-earmuffs-funds",
        site="文档汇 (invented sharing site)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.wendanghui.example.com/doc/2024/1102/881637.html",
        title="关于申请购置环卫作业人员防寒耳罩经费的请示",
        record_title="关于申请购置环卫作业人员防寒耳罩经费的请示（公文格式规范版）【可下载】",
        date="2024-10-28",
        notes="sharing reader: upload notice, a points lock, ratings, a service WeChat float beside the request's own 联系人/电话; decorated record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于申请购置环卫作业人员防寒耳罩经费的请示（公文格式规范版）【可下载】-文档汇</title></head><body>
<div class="wdh-top">⟦m 文档汇 · 办公人的资料柜⟧ <a>⟦a 汇员登录 / 注册⟧</a> <a>⟦a 上传赚积分⟧</a></div>
<div class="crumb">⟦m 文档汇 › 行政公文 › 请示报告⟧</div>
<h1>⟦t 关于申请购置环卫作业人员防寒耳罩经费的请示（公文格式规范版）【可下载】⟧</h1>
<div class="info">⟦m 贡献者：滹湾小瞿　上传时间：2024-11-02　评分：★★★★☆ 4.3　浏览 690⟧</div>
<div class="doc">
{BODY}
</div>
<div class="lock">⟦a 下载此文档需 8 汇币，当前余额 0⟧ <a>⟦a 去充值汇币⟧</a></div>
<div class="notice">⟦d 该文档由用户自行上传分享，文档汇不对内容的准确性、合法性承担责任。⟧</div>
<div class="rel"><p>⟦l 大家还看了⟧</p><p>⟦l 关于申请环卫车辆更新经费的请示⟧</p><p>⟦l 环卫工人冬季劳保用品发放方案⟧</p></div>
<div class="float-kf">⟦w 找文档、代排版，加汇客服微信 wdh_kefu66⟧</div>
<footer>⟦m 文档汇 wendanghui.example.com　浙ICP备23011609号⟧</footer>
</body></html>
""",
        body="""
区城市管理局：
我所现有一线环卫作业人员412人，其中夜班和凌晨班人员236人。每年12月至次年2月，凌晨气温常在零下5℃以下，作业人员耳部冻伤时有发生，去年冬季共有17人因冻疮就医。
为切实保障环卫作业人员身体健康，我所拟为一线作业人员每人配发防风保暖耳罩一副，按每副38元测算，共需经费15656元。所需资金拟从我所劳动保护经费中列支，不足部分恳请局里予以支持。
妥否，请批示。
联系人：瞿国栋，电话：0917-3309241。
嶷阳市滹湾区环境卫生管理所
2024年10月28日
""",
    ),
    dict(
        slug="docshare-jianshi-contract-template-barrel-blanks",
        site="笺事共享 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.jianshigx.example.cn/hetong/2205719.html",
        title="木桶定制加工合同（范本）",
        record_title="木桶定制加工合同（范本）【空白可直接填写】- 笺事共享",
        date=None,
        notes="contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日, 第N条 articles; an upload notice, an edit-online button and a template list; no date",
        page="""
!m 笺事共享 · 合同协议频道
!t 木桶定制加工合同（范本）【空白可直接填写】
!m 上传者：老桶匠　上传于 2 个月前　格式：DOC　共2页
!a 在线改写本合同　｜　免积分下载　｜　举报
{T}
{BODY}
!d 笺事共享提示：合同范本仅供参考，签约前请结合实际情况或咨询专业人士。
!l 合同协议热榜：
!l 家具定制加工合同范本
!l 竹木制品购销合同（通用版）
!l 手工艺品委托加工协议
""",
        body="""
甲方（定作方）：＿＿＿＿＿＿
乙方（承揽方）：××木桶加工坊
第一条　甲方委托乙方加工杉木木桶＿＿只，规格为口径＿＿厘米、高＿＿厘米，用途为＿＿＿＿。
第二条　乙方应选用含水率不高于15%的干燥杉木，桶箍采用××箍，桶内不得涂刷含苯类涂料。
第三条　每只单价＿＿元，合计＿＿＿＿元。甲方于签订合同时支付定金＿＿元，余款于验收合格后3日内付清。
第四条　乙方应于＿＿年＿＿月＿＿日前交货。验收时装水静置24小时，无渗漏为合格。
第五条　交货后一年内出现开裂、渗漏等质量问题的，乙方负责免费维修或更换。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。
甲方（签字）：＿＿＿＿　　乙方（签字）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-yiling-notice-earmuff-donation-attachment",
        site="沂岭县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.yiling.example.gov.cn/tzgg/2024/1126/2218.html",
        title="关于组织开展“暖耳行动”为山区学校学生捐赠耳罩的通知",
        record_title="关于组织开展“暖耳行动”为山区学校学生捐赠耳罩的通知-通知公告-沂岭教育",
        date="2024-11-25",
        date_also=["2024-11-26"],
        notes="education bureau page: 适老/读屏 links, a release date differing from the 成文日期, the notice's contact and mailbox beside a technical-support line, 附件 list beside an attachment download link",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于组织开展“暖耳行动”为山区学校学生捐赠耳罩的通知-通知公告-沂岭教育</title></head><body>
<div class="top"><a>⟦a 适老模式⟧</a> <a>⟦a 读屏专用⟧</a> <a>⟦a 局长信箱⟧</a></div>
<div class="logo">⟦m 沂岭教育 · 沂岭县教育局主办⟧</div>
<div class="nav">⟦m 首页　教育要闻　通知公告　政策法规　招生考试　办事指南⟧</div>
<div class="loc">⟦m 位置：首页→通知公告⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 发布日期：2024-11-26　发布单位：局工会　阅读：1587⟧</div>
<div class="con">
{BODY}
</div>
<div class="down">⟦a 点击下载附件：暖耳行动捐赠登记表.docx⟧</div>
<div class="close">⟦a 【打印本页】【关闭】⟧</div>
<div class="foot"><p>⟦m 沂岭县教育局　地址：沂岭县文庙街6号⟧</p>
<p>⟦w 网站技术支持：0917-5510999（仅限网站故障）⟧</p><p>⟦m 秦ICP备11002308号⟧</p></div>
</body></html>
""",
        body="""
各中小学校、幼儿园，局属各单位：
我县山区学校地势较高，冬季风大，部分寄宿学生上学路途较远，耳朵冻伤的情况较为多见。经研究，决定在全县教育系统开展“暖耳行动”，为灞坪镇、浐口镇等山区学校学生募集捐赠耳罩。现将有关事项通知如下。
一、活动时间：2024年11月28日至12月20日。
二、捐赠方式：教职工自愿捐赠，可捐赠全新耳罩，也可捐款由局工会统一采购。请勿捐赠旧耳罩。
三、物资汇总：各单位于12月20日前将捐赠物资和捐赠登记表送至局工会办公室。
联系人：訾红梅，电话：0917-5512036，邮箱：ylnjgh@yl-edu.example.cn。
附件：1.“暖耳行动”捐赠登记表
2.山区学校受赠学生名册
沂岭县教育局
2024年11月25日
""",
    ),
    dict(
        slug="edu-songping-kindergarten-letter-tea-caddies",
        site="滹湾区淞坪幼儿园 (invented)",
        style="教育门户",
        genre="致家长的信",
        kind="letter",
        form="text",
        source="http://www.hwspyey.example.cn/jiayuan/2024/1108/96.html",
        title="关于收集空茶叶罐开展手工活动致家长的一封信",
        record_title="【园所来信】关于收集空茶叶罐开展手工活动致家长的一封信",
        date="2024-11-08",
        notes="kindergarten page as text: the 回执 with blanks stays in the body; a numbered list; a family-line ad and a parents' mailbox line at the bottom",
        page="""
!m 滹湾区淞坪幼儿园 · 童心园地
!m 首页 > 家园联系 > 园所来信
!t 【园所来信】关于收集空茶叶罐开展手工活动致家长的一封信
!m 作者：保教处　点击：302
{BODY}
!a 关闭本页　|　返回列表
!m 园址：滹湾区淞坪路88号　家长信箱：spyey_jz@hw-edu.example.cn
""",
        indent="\u3000\u3000",
        body="""
亲爱的家长朋友：
下周起，中班和大班将开展“小小茶叶罐变变变”手工活动。孩子们将用空茶叶罐制作笔筒、小鼓和储物罐，在动手中认识材料、学会变废为宝。
为此，请您帮助孩子准备一只家中闲置的空茶叶罐（铁罐、纸罐均可），并做到以下几点：
1.罐内清理干净，不留茶叶末；
2.检查罐口和罐盖，有毛刺、卷边锋利的请不要带来；
3.在罐底贴上孩子的姓名。
请于11月15日前交给班级老师。感谢您的支持与配合！
滹湾区淞坪幼儿园
2024年11月8日
回执：幼儿姓名＿＿＿＿　班级＿＿＿＿　已准备茶叶罐（　）只
""",
    ),
    dict(
        slug="oa-laixi-barrel-minutes-flow-record",
        site="崃溪桶业协同办公 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.laixitongye.example.com/doc/view.do?id=20240701-0033",
        title="崃溪桶业有限公司2024年第二季度质量例会纪要",
        record_title="〔例会纪要〕崃溪桶业有限公司2024年第二季度质量例会纪要 - 桶业OA",
        date="2024-06-28",
        date_also=["2024-07-01"],
        notes="OA document view: a 登记日期 differing from the meeting's 时间 line; the 时间/地点/主持/参会/记录 lines stay in the body; 流转记录, read count, a sign-off button and an IT-desk line",
        page="""
<html><head><meta charset="utf-8"><title>〔例会纪要〕崃溪桶业有限公司2024年第二季度质量例会纪要 - 桶业OA</title></head><body>
<div class="oa-top">⟦m 崃溪桶业协同办公平台⟧ ⟦m 当前用户：冼月娥（质检部）⟧ <a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　知识库　通讯录⟧</div>
<div class="doc-head"><h2>{T}</h2>
<table><tr><td>⟦m 登记日期：2024-07-01⟧</td><td>⟦m 公开属性：仅限内部⟧</td><td>⟦m 已读 37 人 / 未读 4 人⟧</td></tr></table></div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2024-07-01 09:12 冼月娥 起草 → 蒯建民 核稿⟧</p>
<p>⟦l 2024-07-01 15:40 蒯建民 签发 → 分发各部门⟧</p></div>
<div class="btns"><button>⟦a 读完确认⟧</button> <button>⟦a 转给同事⟧</button> <button>⟦a 另存为PDF⟧</button></div>
<div class="oa-foot">⟦w 系统故障请拨信息中心分机 8006⟧ ⟦d 内部资料，严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2024年6月28日下午3:00
地点：公司二楼会议室
主持：蒯建民（总经理）
参会：生产部、质检部、销售部负责人及各班组长共11人
记录：冼月娥
会议通报了二季度产品质量情况。二季度共生产木桶3860只，出厂检验一次合格率96.2%，比一季度提高1.5个百分点；客户投诉5起，均为桶底渗漏。
会议议定以下事项：
一、质检部牵头修订桶底装配检验规范，7月10日前印发执行，桶底装配后一律做24小时盛水试验。
二、生产部对烘干房温湿度计进行校准，杉木板含水率检测由抽检改为逐批检测。
三、销售部对5起投诉客户进行回访，7月底前完成换货。
下次例会定于9月下旬召开。
""",
    ),
    dict(
        slug="oa-chankou-pickle-works-jar-cleaning-rules",
        site="浐口酱腌食品内网 (invented intranet)",
        style="企业内网",
        genre="规程",
        kind="other",
        form="text",
        source="http://10.8.1.20/zhidu/scb/2024-017.html",
        title="腌制车间菜坛清洗消毒操作规程",
        record_title="【制度汇编·生产】腌制车间菜坛清洗消毒操作规程（第三次修订）",
        date=None,
        notes="intranet rule as text: 第N条 articles that speak of 扫码 and 打印 as content; a rule-number/version line and a relative revision stamp, a print/export row and an intranet footer; only an effective clause, no date",
        page="""
!m 浐口酱腌食品有限公司 · 内部网
!m 规章制度库 > 生产部 > 车间制度
!t 【制度汇编·生产】腌制车间菜坛清洗消毒操作规程（第三次修订）
!m 制度编号：CK-SC-017　版本：第3版　归口：生产部
!m 最近修订：上周四　查阅 126 次
!a 〔打印制度〕　〔导出Word〕　〔发给同事〕
{BODY}
!l 相关制度：腌制车间卫生管理制度 ｜ 原料验收管理办法 ｜ 菜坛台账管理规定
!m 内部网由信息科维护　分机 6012
""",
        indent="\u3000\u3000",
        body="""
第一条　为规范腌制车间菜坛清洗消毒作业，防止腌制品受杂菌污染，制定本规程。
第二条　本规程适用于腌制车间所有陶制菜坛及扣碗的清洗、消毒和存放。
第三条　菜坛出菜后，应先用清水冲去残渣，再用40℃左右温水加食品级洗涤剂刷洗内壁和坛沿，不得使用钢丝球。
第四条　刷洗后的菜坛倒扣沥干，放入消毒间用蒸汽消毒不少于20分钟，或用含氯消毒液浸泡后以清水冲净。
第五条　每只菜坛贴有二维码标签，操作人员消毒完毕后须扫码登记消毒时间和操作人，无法扫码时应在纸质台账上手工登记。
第六条　质检员每周打印一次消毒记录，与纸质台账核对后签字存档，保存期不少于两年。
第七条　发现坛身有裂纹、釉面脱落的，应立即停用并报车间主任处理。
第八条　本规程自发布之日起施行。
""",
    ),
]
