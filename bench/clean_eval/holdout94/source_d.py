"""holdout94, part D: written blind (see NOTE.md). Invented sites, places, people, numbers."""

CASES = [
    dict(
        slug="gov-jinghe-grain-dryer-subsidy-banji-wrapped",
        site="泾河县农业农村局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nyj.jinghe.example.gov.cn/zwgk/tzgg/202508/t20250812_1102.html",
        title="关于申报2025年粮食烘干设备购置补贴的通知",
        record_title="关于申报2025年粮食烘干设备购置补贴的通知",
        date="2025-08-11",
        notes="hard-wrapped at 66 columns; document number neutral; 抄送 and 印发 版记 kept; a table of subsidy grades",
        wrap=66,
        indent="\u3000\u3000",
        page="""
!m 泾河县农业农村局 › 政务公开 › 通知公告
!m 【字体：大 中 小】　发布时间：2025年08月12日　来源：农机股
{T}
泾农〔2025〕58号
{BODY}
!a 【打印】【收藏】【关闭】
!m 泾河县农业农村局版权所有　联系电话：0914-4320117
""",
        body="""
各乡镇农业综合服务中心，各粮食生产经营主体：
为提高粮食产地烘干能力，减少粮食产后损失，根据省农机购置补贴有关规定，现就申报2025年粮食烘干设备购置补贴有关事项通知如下。
一、补贴对象：在本县从事粮食生产的家庭农场、农民合作社、农业企业和种粮大户。
二、补贴标准：
机型　批处理量　每台补贴上限
小型烘干机　10吨以下　3万元
中型烘干机　10至30吨　8万元
大型烘干机　30吨以上　15万元
三、申报时间：2025年8月15日至9月30日，逾期不予受理。
四、申报材料：购机发票、身份证或营业执照复印件、设备安装照片，由所在乡镇汇总后报县农业农村局农机股。
泾河县农业农村局
2025年8月11日
抄送：县财政局。
泾河县农业农村局办公室　2025年8月11日印发
""",
    ),
    dict(
        slug="news-shuxiang-bookstore-night-photo",
        site="渼阳晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.myanbao.example.cn/wh/2025-12/21/c_88010.html",
        title="渼阳首家24小时书店开门迎客",
        record_title="渼阳首家24小时书店开门迎客_文化_渼阳晚报网",
        date="2025-12-21",
        notes="news portal: column suffix; photo captions between paragraphs; editor line glued after the last sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>渼阳首家24小时书店开门迎客_文化_渼阳晚报网</title>
<script>var _ad=[];</script></head><body>
<div class="top">⟦m 渼阳晚报网⟧ ⟦m 今天是2025年12月21日 星期日⟧ <a>⟦a 数字报⟧</a></div>
<div class="nav">⟦m 首页 时政 社会 文化 体育 视频 专题⟧</div>
<div class="crumb">⟦m 首页 &gt; 文化⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2025-12-21 07:50:33　渼阳晚报　记者 覃悦⟧ ⟦a 【字号 大 中 小】⟧</div>
{BODY}
<div class="share">⟦l 分享到：微信 微博 抖音⟧</div>
<div class="hot"><h4>⟦l 24小时热文⟧</h4><p>⟦l 渼阳今冬首场雪来了⟧</p><p>⟦l 元旦假期景区门票优惠汇总⟧</p></div>
<div class="ft">⟦d 本网站所载稿件版权归渼阳晚报所有，转载须授权⟧ ⟦m 互联网新闻信息服务许可证：43120170012⟧</div>
</body></html>
""",
        body="""
12月20日晚，位于渼阳老城区书院街的书香里书店正式开业，这是我市首家24小时营业的实体书店。
书店面积约600平方米，藏书3万余册，设有儿童阅读区、地方文献区和自习区，夜间时段实行自助借阅和扫码购书。
⟦m 开业当晚，不少市民在书店阅读。记者 覃悦 摄⟧
“下了晚班也有地方看书了。”在附近医院工作的护士小蒋说，她办了一张年卡，打算以后每周都来。
书店负责人介绍，夜间由两名店员轮流值守，并与辖区派出所建立了联动机制，确保读者安全。⟦m （编辑 廖凡）⟧
""",
    ),
    dict(
        slug="forum-luntai-tyre-scam-discuz-jammer",
        site="车友汇论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.cheyouhui.example.com/thread-551903-1-1.html",
        title="高速服务区补胎被坑，提醒各位车友",
        record_title="高速服务区补胎被坑，提醒各位车友 - 用车心得 - 车友汇论坛",
        date="2025-10-04",
        notes="Discuz-like forum with jammer fonts; post time is the page date; quick-reply box",
        junk=dict(lines=1, glued=2),
        p_html='<div class="t_f">{}</div>',
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>高速服务区补胎被坑，提醒各位车友 - 用车心得 - 车友汇论坛</title>
<style>.jammer{display:none}</style><script src="static/js/common.js"></script></head><body>
<div id="hd">⟦m 车友汇论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 车友汇论坛 › 用车心得 › 查看内容⟧</div>
<div class="pls">⟦m 路过的三轮　主题 12 帖子 306 积分 519⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-10-4 22:13⟧ ⟦a 只看该作者⟧</div>
{BODY}
<div class="pstatus">⟦m 本帖最后由 路过的三轮 于 2025-10-4 22:30 编辑⟧</div>
<div class="po">⟦a 回复⟧ ⟦a 支持 11⟧ ⟦a 反对⟧ ⟦a 举报⟧</div>
<div id="f_pst">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 粤ICP备16038211号⟧</div>
</body></html>
""",
        body="""
国庆回老家，在高速服务区发现右后轮扎了钉子，就近找了服务区旁边一家补胎店。
老板看了一眼就说胎侧也伤了，补不了，必须换新胎，开口要价980元。我不懂，着急赶路，就换了。
回家后拿旧胎去熟悉的修理厂一看，师傅说就是一颗普通钉子，补一下30元就够了，胎侧根本没问题。
我已经向当地市场监管部门投诉，现在还在处理中。提醒各位车友，路上遇到类似情况，先让店家把问题指给你看，拍照留证，价格谈好再动手。
""",
    ),
    dict(
        slug="blog-caochang-herder-wolf-diary",
        site="草原上的云 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://caoyuanyun.example-blog.net/2025/09/15/langhuan.html",
        title="草场上又见狼踪",
        record_title="草场上又见狼踪 - 草原上的云",
        date="2025-09-15",
        notes="a herder's blog: bracketed post time is the page date; archive and tag lines; a like row glued after the last sentence",
        page="""
!m 草原上的云 —— 一个牧民的草场日记
!m 首页 | 日记 | 相册 | 留言
{T}
!m [2025-09-15 21:47] 分类：放牧日记 | 阅读 288 | 评论 6
{BODY}
!l 标签：草场 狼 牧民 补偿
!l 上一篇：转场前的准备　下一篇：冬储草料
!l 文章归档：2025年9月(4) 2025年8月(6)
!m Copyright © 草原上的云
""",
        body="""
前天夜里，羊圈里的羊突然乱成一团。我打着手电出去，只看见两个黑影翻过围栏跑向了东边的山梁。
清点下来，少了一只羊，还有三只受了伤。第二天一早，我给嘎查的护林员打了电话，他来看了脚印，确认是狼。
这几年禁牧轮牧搞得好，草长起来了，黄羊多了，狼也跟着回来了。说心里话，损失一只羊挺心疼，但看到草原一年比一年好，也觉得值。
嘎查干部说，旗里有野生动物致害补偿，拍照、报案、填表就行，一只成年羊能补六百多元。我已经把材料交上去了。
今年打算把围栏加高半米，再养两条好狗，人和狼都安生些。⟦l 点赞(12)　收藏　转发⟧
""",
    ),
    dict(
        slug="wechat-jianmao-shearing-festival-html",
        site="牧歌融媒 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mp.mirror-wx.example.com/s/muge_rm_20250528",
        title="第三届剪羊毛技能大赛报名通知",
        record_title="第三届剪羊毛技能大赛报名通知 | 牧歌融媒",
        date="2025-05-26",
        date_also=["2025-05-28"],
        notes="WeChat-style mirror: account line with date, follow prompt, 阅读原文/在看 row, a mini-program card; the document's 扫码报名 sentence is body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>第三届剪羊毛技能大赛报名通知 | 牧歌融媒</title></head>
<body><div id="js_content_wrap">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 牧歌融媒　2025年5月28日 18:05　内蒙古⟧</div>
<p>⟦a ▲点击上方“牧歌融媒”关注我们⟧</p>
{BODY}
<p>⟦l 小程序 · 牧歌报名通⟧</p>
<p>⟦a 阅读原文　赞　分享　推荐⟧</p>
<p>⟦l 往期回顾 | 春季接羔保育技术要点⟧</p>
<p>⟦d 本页为公众号文章的镜像收录，版权归原公众号所有⟧</p>
</div></body></html>
""",
        body="""
各苏木镇、嘎查，广大牧民朋友：
为传承传统技艺、提高剪毛效率和羊毛品质，旗农牧局定于6月18日在白音塔拉草场举办第三届剪羊毛技能大赛。
一、参赛对象：全旗从事绵羊饲养或剪毛作业的牧民，年满18周岁，男女不限。
二、比赛项目：手工剪毛和电动剪毛两个项目，以剪毛速度、毛被完整度和羊体损伤情况综合评分。
三、奖励办法：每个项目设一等奖1名、二等奖2名、三等奖3名，分别奖励3000元、2000元、1000元。
四、报名方式：6月10日前扫描下方二维码报名，或到所在苏木镇农牧站登记。
联系人：农牧局畜牧股 巴图，电话：0477-7712036。
旗农牧局
2025年5月26日
""",
    ),
    dict(
        slug="docshare-xinglilan-luggage-rules-html",
        site="共享资料库 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.gxzlk.example.com/doc/2025/09/441870.html",
        title="火车站行李寄存处管理制度",
        record_title="火车站行李寄存处管理制度（可编辑）",
        date=None,
        notes="document-sharing reader: upload notice, points to download; rules that speak of 扫码/打印 凭条 as body; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>火车站行李寄存处管理制度（可编辑）- 共享资料库</title></head><body>
<div class="bar">⟦m 共享资料库⟧ ⟦a 上传赚积分⟧ ⟦a 个人中心⟧</div>
<div class="title"><h1>{T}</h1><p>⟦m 格式：DOC　页数：2　浏览：517　下载：43⟧</p></div>
<div class="doc">
{BODY}
</div>
<div class="dl">⟦a 下载需要3积分，VIP免费下载⟧</div>
<div class="notice">⟦d 该资料由会员分享，共享资料库只提供存储空间，若有侵权请联系删除⟧</div>
<div class="like">⟦l 相似资料：汽车站小件寄存规定 · 超市存包柜使用须知⟧</div>
</body></html>
""",
        body="""
第一条　为规范行李寄存服务，保障旅客物品安全，制定本制度。
第二条　寄存处实行24小时服务。旅客寄存行李时，工作人员应当查验物品，禁止寄存易燃、易爆、有毒物品和现金、贵重物品。
第三条　寄存行李实行扫码登记，系统自动打印寄存凭条，旅客凭凭条或手机验证码提取行李。
第四条　旅客遗失凭条的，须出示本人有效身份证件，经核对无误并登记后方可提取。
第五条　寄存期限一般不超过7天，超过30天无人领取的，按遗失物品移交车站客运值班室处理。
第六条　本制度自公布之日起施行。
""",
    ),
    dict(
        slug="edu-qiaoyuan-landslide-school-check",
        site="峤原县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.qiaoyuan.example.gov.cn/news/2025/0415/6012.html",
        title="关于开展学校周边地质灾害隐患排查的紧急通知",
        record_title=None,
        date="2025-04-15",
        notes="no record title; the title found on the page; 联系人/电话 beside the bureau's switchboard; 附件 list",
        page="""
!m 峤原县教育局 · 教育资讯网
!m 首页 >> 通知公告
{T}
!m 作者：安全股　来源：本站　日期：2025-04-15　点击数：612
{BODY}
!m 局办公室总机：0833-5811200
!l 【上一篇】关于做好2025年春季学生资助工作的通知
!l 【下一篇】全县中小学防溺水安全教育月活动方案
""",
        body="""
各乡镇中心学校、县直各学校：
近期我县持续降雨，山体滑坡等地质灾害风险明显上升。为确保师生安全，现就开展学校周边地质灾害隐患排查通知如下：
一、4月20日前，各学校对校舍背后边坡、挡土墙、上学路线临崖路段逐一排查，建立隐患台账。
二、对排查出的隐患点，要设置警示标志，落实专人监测，雨天必要时调整上学路线或临时停课。
三、排查结果请于4月21日前报县教育局安全股。
联系人：冉小军，电话：0833-5811236。
附件：1. 学校地质灾害隐患排查表
2. 隐患点监测责任人名单
峤原县教育局
2025年4月15日
""",
    ),
    dict(
        slug="oa-tianshan-coal-safety-minutes-html",
        site="田山煤业 协同办公 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.tianshan-coal.example.local/portal/doc.do?id=88430",
        title="2025年第三季度安全生产例会纪要",
        record_title="内部资料-2025年第三季度安全生产例会纪要",
        date="2025-07-08",
        notes="intranet document view with 流转记录, read count, watermark line; minutes' 时间/地点/主持/出席/记录 lines; a vote result",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>内部资料-2025年第三季度安全生产例会纪要</title>
<script src="/portal/js/watermark.js"></script></head><body>
<div class="oa-top">⟦m 田山煤业协同办公平台⟧ ⟦m 当前用户：调度中心 韩冬⟧ ⟦a 退出⟧</div>
<div class="oa-left">⟦m 我的待办 | 公文中心 | 会议管理 | 通讯录⟧</div>
<div class="oa-doc"><h2>{T}</h2>
<p>⟦m 文号：田煤安纪〔2025〕7号　密级：内部⟧</p>
{BODY}
<div class="trail">⟦m 流转记录：安监处 起草 07-08 16:20 → 分管副总 审核 07-09 08:45 → 总经理 签发 07-09 10:02⟧</div>
<div class="read">⟦m 阅读 128 次　本文件仅限内部传阅，严禁外传⟧</div>
<div class="btn">⟦a 下载正文⟧ ⟦a 打印⟧ ⟦a 转办⟧</div></div>
</body></html>
""",
        body="""
时间：2025年7月8日14时30分
地点：公司调度楼三楼会议室
主持：副总经理 严振华
出席：各矿井矿长、安全副矿长，公司安监处、生产技术处、机电处负责人
记录：安监处 邵婷
会议听取了各矿井上半年安全生产情况汇报，分析了雨季“三防”形势，议定事项如下：
一、各矿井于7月15日前完成地面排水沟清淤和井口防洪设施检查，7月底前开展一次防治水应急演练。
二、严格执行领导带班下井制度，带班领导必须与工人同时下井、同时升井。
三、会议对《井下作业人员安全积分管理办法（试行）》进行表决，应到11人，实到11人，同意11票，通过。
""",
    ),
    dict(
        slug="qa-nongwen-potash-answer-html",
        site="农问网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.nongwen.example.com/ask/3310287.html",
        title="钾肥什么时候施效果最好？",
        record_title="钾肥什么时候施效果最好？_农问网",
        date="2025-03-28",
        notes="Q&A: 回答于 is the page date; an expert card; an ad for fertiliser between; adopted-answer badge",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>钾肥什么时候施效果最好？_农问网</title></head><body>
<div class="hd">⟦m 农问网 · 种地有问题，专家来回答⟧ ⟦a 我要提问⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：种玉米的老郑　浏览 1204 次⟧</p></div>
<div class="a"><p>⟦m ✔ 已采纳　农技推广研究员 廖春生　回答于 2025-03-28⟧</p>
{BODY}
<p>⟦l 有帮助 36　|　追问　|　评论 4⟧</p></div>
<div class="ad">⟦a 【广告】高含量硫酸钾 包邮到村 点击抢购⟧</div>
<div class="more">⟦l 相关问题：尿素和复合肥能一起施吗？ · 玉米叶子发黄缺什么肥？⟧</div>
<div class="ft">⟦d 回答内容仅供参考，用肥请结合当地土壤检测结果⟧</div>
</body></html>
""",
        body="""
钾肥的施用时间要看作物和土壤。
一般来说，钾在土壤中移动性较小，大部分钾肥适合作基肥，在整地时一次深施，效果比撒在地表好得多。
对玉米来说，可以把钾肥的六到七成作基肥，剩下的在拔节期前后追施。沙性土壤保肥能力差，最好分两到三次施用。
另外，钾肥不要和种子直接接触，以免烧苗。
""",
    ),
    dict(
        slug="anthology-yuguan-whale-rescue-memoir-html",
        site="蓝海拾遗 · 渔政老兵文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://www.lanhai-shiyi.example.net/vol1/12.html",
        title="那年冬天，我们救了一头鲸",
        record_title="蓝海拾遗·卷一·第12篇：那年冬天，我们救了一头鲸",
        date="2025-02-11",
        notes="a retired fisheries officer's collection: chapter nav, collection prefix, 写于 date at the end",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蓝海拾遗·卷一·第12篇：那年冬天，我们救了一头鲸</title></head><body>
<div class="coll">⟦m 蓝海拾遗 —— 一个渔政老兵的海上记忆⟧</div>
<div class="toc">⟦l 卷一 目录⟧ ⟦l ← 第11篇 渔港的早晨⟧ ⟦l 第13篇 禁渔期 →⟧</div>
<h2>{T}</h2>
{BODY}
<div class="toc">⟦l 回到目录⟧</div>
<div class="ft">⟦d 文集内容为作者本人回忆，转载请与作者联系⟧</div>
</body></html>
""",
        body="""
那是2009年腊月，一个渔民打来电话，说南湾沙滩上搁浅了一头“大鱼”，有十来米长。
我们赶到时，那头鲸侧躺在退潮后的浅滩上，呼吸很弱，背上的皮肤已经开始干裂。
大家分成两组，一组不停地往它身上浇海水、盖湿布，一组挖沟引水，等待涨潮。十几个渔民也自发赶来帮忙。
熬到傍晚，潮水终于涨上来。我们用两条渔船拖着软垫，一点点把它引向深水。它在船边停了一会儿，然后慢慢沉了下去，再也没有浮上来搁浅。
后来我常想，那天晚上大家冻得直哆嗦，却没有一个人先走。
2025年2月11日于浠岭
""",
    ),
]
