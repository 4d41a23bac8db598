"""holdout160, part D: hot-water bottles (热水袋): spot checks, low-temperature burns, makers
and sellers. Invented sites, counties (筱塘, 箐湖, 笙阳 …), people, URLs and chrome wording."""

CASES = [
    dict(
        slug="fanwen-hot-water-bottle-spotcheck-summary",
        site="材料之家范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.cailiaozhijia.example.com/zongjie/20251219/66130.html",
        title="笙阳县冬季取暖用品质量专项抽查工作总结",
        record_title="笙阳县冬季取暖用品质量专项抽查工作总结（精选）_材料之家范文网",
        date="2025-12-19",
        notes="范文 site: a 'copy locked' line and a writing-service prompt between paragraphs; Chinese-numeral-free date under the signature; a data table",
        page="""
!m 材料之家范文网　专注公文写作十二年
!m 位置：材料之家 » 工作总结 » 专项工作总结
!t 笙阳县冬季取暖用品质量专项抽查工作总结（精选）
!m 时间：2天前　人气：1480
{BODY}
!a 【复制全文】【下载DOC】【加入收藏】
!l 相关范文：县市场监管局2025年产品质量监管工作总结
!l 相关范文：电动自行车质量安全专项整治工作总结
""",
        body="""
今年11月至12月，我局对全县商场、超市和网店销售的热水袋、电暖宝等冬季取暖用品开展了质量专项抽查。
一、抽查结果
产品类别　抽查批次　不合格批次
橡胶热水袋　22　3
充电式电暖宝　18　4
⟦a 本段文字已锁定，登录后可复制⟧
二、主要问题
不合格产品主要存在爆破压力不达标、温控器失效、标识缺少警示语等问题。
⟦w 写材料太累？资深笔杆子代笔，V：cl-zhijia⟧
三、下一步工作
对不合格产品的生产和销售企业依法立案查处，并在县政府网站公布抽查结果。
笙阳县市场监督管理局
2025年12月19日
""",
    ),
    dict(
        slug="news-xiaotang-low-temp-burn-html",
        site="筱塘晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xtwb.example.cn/ms/2026-01/08/c_44120.html",
        title="抱着热水袋睡一夜，七旬老人腿上烫出水泡",
        record_title="抱着热水袋睡一夜，七旬老人腿上烫出水泡",
        record_date="2026-01-08",
        date="2026-01-08",
        notes="record title and date; a news dateline; a doctor's quoted advice; photo caption between paragraphs; a hot list",
        page="""
<html><head><meta charset="utf-8"><title>抱着热水袋睡一夜，七旬老人腿上烫出水泡_筱塘晚报网</title></head><body>
<div class="hd">⟦m 筱塘晚报网⟧ ⟦m 民生　社会　健康　房产⟧ ⟦a 登录⟧</div>
<h1>⟦t 抱着热水袋睡一夜，七旬老人腿上烫出水泡⟧</h1>
<div class="src">⟦m 2026-01-08 07:30　来源：筱塘晚报　记者：单若兰　通讯员：谭华⟧</div>
<div class="font">⟦a A+ A-⟧</div>
{BODY}
<div class="hot"><b>⟦l 晚报热榜⟧</b><ul><li>⟦l 筱塘今冬首场雪或于周末到来⟧</li><li>⟦l 这些医保新政1月起执行⟧</li></ul></div>
<div class="ft">⟦d 筱塘晚报网所刊载内容之知识产权为筱塘晚报社所有⟧</div>
</body></html>
""",
        body="""
本报讯　近日，家住城西的七十三岁罗奶奶抱着热水袋睡了一夜，第二天发现小腿上出现了几个硬币大小的水泡。
市人民医院烧伤整形科主任聂卫东介绍，这是典型的低温烫伤，入冬以来科室已接诊此类病人二十多例。
⟦m 医生为患者处理低温烫伤创面。记者 单若兰 摄⟧
聂卫东提醒，热水袋水温不宜超过五十摄氏度，外面要套上布套，睡前最好取出，糖尿病患者和老人尤其要注意。
""",
    ),
    dict(
        slug="wechat-mirror-fire-brigade-hot-water-bottle-tips",
        site="微读镜像 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="https://wd.mirror.example.net/s/jhxf-20251205",
        title="充电热水袋鼓包了还能用吗？消防员这样说",
        record_title="充电热水袋鼓包了还能用吗？消防员这样说",
        date="2025-12-05",
        notes="WeChat mirror: account line time as date; a numbered list; a 'share to friends' sentence in the body as content; like/read rows and a mirror notice",
        page="""
!m 微读镜像｜公众号文章备份
{T}
!m 原创　箐湖消防　2025年12月05日 17:20
{BODY}
!l 阅读 8592　点赞 210　推荐 66
!l 写留言
!d 镜像内容仅供备份阅读，如需删除请联系站长
""",
        body="""
天冷了，充电热水袋又成了很多人的取暖神器。可你知道吗，它用不好也会出事。
1.充电时不要抱在怀里，更不要放在被窝里边充边用。
2.发现袋体鼓包、漏液，立即停止使用，不要试图自己修理。
3.选购时认准有3C认证标志的产品，不买“三无”便宜货。
4.充电时间一般不超过十五分钟，充好后及时拔掉插头。
转发给家人，一起平安过冬！
""",
    ),
    dict(
        slug="qa-hot-water-bottle-rubber-smell-html",
        site="知道吧问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhidaoba.example.com/question/5512093.html",
        title="新买的橡胶热水袋有很重的味道，正常吗？",
        record_title=None,
        date="2025-11-26",
        notes="Q&A page without a record title: the question in the h1; 回答于 the date; a vote bar and 'other answers' chrome",
        page="""
<html><head><meta charset="utf-8"><title>新买的橡胶热水袋有很重的味道，正常吗？_知道吧问答</title></head><body>
<div class="hd">⟦m 知道吧问答⟧ ⟦a 我要提问⟧ ⟦a 登录 注册⟧</div>
<h1>新买的橡胶热水袋有很重的味道，正常吗？</h1>
<div class="q">⟦m 提问者：箐湖小白　生活常识　浏览 977 次⟧</div>
<div class="best"><div class="label">⟦m 优质回答⟧ ⟦m 回答于 2025-11-26 · 居家达人阿菊⟧</div>
{BODY}
</div>
<div class="vote">⟦l 赞同 41 ｜ 反对 2 ｜ 评论 5⟧</div>
<div class="more">⟦l 其他 3 条回答⟧</div>
<div class="ft">⟦d 答案由网友提供，仅供参考⟧</div>
</body></html>
""",
        body="""
有一点橡胶味是正常的，但味道特别冲、刺鼻的话要当心。
合格的热水袋用的是天然橡胶，新的时候会有淡淡的胶味，放在通风处晾两三天就会散掉。
如果是再生胶做的劣质热水袋，味道重而且容易老化开裂，灌了热水后可能会爆裂烫伤人。
建议看看包装上有没有厂名、厂址和执行标准，没有的话最好退掉。
""",
    ),
    dict(
        slug="hospital-burns-clinic-winter-notice",
        site="笙阳县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.syxzyy.example.com/yygg/2025/1201/316.html",
        title="关于开设冬季低温烫伤专病门诊的通知",
        record_title="关于开设冬季低温烫伤专病门诊的通知_院务公开_笙阳县中医医院",
        date="2025-12-01",
        notes="hospital: appointment line and 24-hour line beside the clinic's own 咨询电话; clinic hours table; 扫码 as content",
        page="""
!m 笙阳县中医医院　二级甲等中医医院
!m 预约挂号：0739-4320120　急诊：0739-4320999（24小时）
!m 首页 > 院务公开 > 医院公告
{T}
!m 来源：医务科　发布日期：2025-12-01　阅读：466
{BODY}
!a 【打印】【收藏】【返回】
!m 地址：笙阳县城关镇中山路76号　邮编：422300
""",
        body="""
入冬以来，因使用热水袋、暖宝宝、电热毯导致的低温烫伤患者明显增多。为方便群众就医，我院外科自12月2日起开设低温烫伤专病门诊。
门诊时间安排如下：
星期　时段　坐诊医生
周一、周三　上午　伍建国
周二、周五　下午　黎芳
患者可通过我院微信公众号扫码预约，也可直接到门诊一楼挂号。
咨询电话：外科门诊　0739-4320186
笙阳县中医医院
2025年12月1日
""",
    ),
    dict(
        slug="download-hot-water-bottle-inspection-rules-mix-markers",
        site="标准资料共享站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.bzzl-share.example.com/down/11872.html",
        title="橡胶热水袋出厂检验规程",
        record_title="橡胶热水袋出厂检验规程.wps",
        date="2024-10-08",
        pages=dict(fmt="∙ {n} ∙", every=90, start=2, glue="mix"),
        notes="download station text: file-info lines, mirror links; page markers ∙ n ∙ mixed glued and on their own lines; decimal headings; a date under the signature",
        page="""
!m 标准资料共享站 — 资料名称：橡胶热水袋出厂检验规程.wps
!m 文件大小：41KB　授权方式：免费　更新时间：2025-01-05
!a 下载点1（电信）　下载点2（网通）　下载点3（备用）
{BODY}
!a 资料无法下载或有误？点此反馈
!d 资料来源于网络，仅供参考，如有侵权请联系删除。
""",
        body="""
1 目的
为保证出厂热水袋质量，防止不合格品流入市场，制定本规程。
2 检验项目
2.1 外观：袋体无气泡、杂质、裂纹，袋口螺纹完整。
2.2 密封性：灌注七十摄氏度热水后倒置五分钟，不得渗漏。
2.3 爆破压力：每批抽取三只进行爆破试验，爆破压力不低于标准规定值。
3 判定
全部项目合格的，判定该批合格；有一项不合格的，加倍抽样复检。
箐湖橡胶制品厂质检部
2024年10月8日
""",
    ),
    dict(
        slug="lawfirm-hot-water-bottle-product-liability-html",
        site="笙阳正衡律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.zhengheng-law.example.cn/news/2026/0112/90.html",
        title="热水袋爆裂致人烫伤，销售者能否以“不是我生产的”免责？",
        record_title="法律讲堂丨热水袋爆裂致人烫伤，销售者能否以“不是我生产的”免责？",
        date="2026-01-12",
        notes="law firm template page with a consult card (400 line) and lawyer profile; legal articles quoted; 发布日期 byline",
        page="""
<html><head><meta charset="utf-8"><title>法律讲堂丨热水袋爆裂致人烫伤，销售者能否以“不是我生产的”免责？</title></head><body>
<div class="hd">⟦m 正衡律师事务所 ZHENGHENG LAW FIRM⟧</div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　法律讲堂　联系我们⟧</div>
<h1>⟦t 热水袋爆裂致人烫伤，销售者能否以“不是我生产的”免责？⟧</h1>
<div class="meta">⟦m 发布日期：2026-01-12　作者：覃逸飞律师⟧</div>
{BODY}
<div class="card">⟦w 遇到类似问题？拨打 400-990-1166 预约律师面谈⟧</div>
<div class="profile">⟦m 覃逸飞　专职律师　擅长产品责任、人身损害纠纷⟧</div>
<div class="ft">⟦d 本文观点仅供交流，不作为正式法律意见⟧ ⟦m 湘ICP备19022871号⟧</div>
</body></html>
""",
        body="""
不能。
根据民法典第一千二百零三条，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。
也就是说，消费者既可以找厂家，也可以直接找卖热水袋的商店。销售者赔偿后，属于生产者责任的，有权向生产者追偿。
建议消费者保留购物小票、产品包装和就医记录，以便维权。
""",
    ),
    dict(
        slug="company-rubber-factory-recall-notice",
        site="箐湖橡胶制品厂 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.qhxj.example.com/gg/2025-12-10.html",
        title="关于主动召回2025年10月批次充电式热水袋的公告",
        record_title="关于主动召回2025年10月批次充电式热水袋的公告-箐湖橡胶制品厂",
        date="2025-12-10",
        notes="company site: a 400 order line beside the recall line; glued AI-chat prompt; signature and date",
        page="""
!m 箐湖橡胶制品厂 | 三十年专注橡胶日用品
!m 首页 ｜ 产品中心 ｜ 企业动态 ｜ 联系我们
{T}
!m 企业动态　2025-12-10
{BODY}
!m 全国订购热线：400-700-3318
!m Copyright © 箐湖橡胶制品厂　湘ICP备13004490号
""",
        body="""
尊敬的消费者：
经我厂自查，2025年10月生产的部分充电式热水袋（批号QH2510A至QH2510C）温控器存在失效风险，长时间充电可能导致袋体过热。
自即日起，我厂主动召回上述批次产品，消费者可联系经销商或我厂免费更换。⟦w 在线客服为您服务，点击咨询⟧
召回专线：0739-8826015（8:00—20:00）
由此给您带来的不便，我们深表歉意。
箐湖橡胶制品厂
2025年12月10日
""",
    ),
    dict(
        slug="gkforum-hot-water-bottle-interview-html-junk",
        site="考公人之家论坛 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        junk=dict(lines=1, glued=1),
        source="http://bbs.kgrzj.example.com/thread-44021-1-1.html",
        title="2025年笙阳县市场监管岗面试真题：热水袋抽检不合格，你如何向群众解释？",
        record_title="[面试真题] 2025年笙阳县市场监管岗面试真题：热水袋抽检不合格，你如何向群众解释？ - 面试专区 - 考公人之家论坛",
        date="2025-12-22",
        notes="Discuz-like exam forum with jammer fonts in HTML; 发表于 the date; a points badge and hidden-content prompt",
        page="""
<html><head><meta charset="gbk"><title>[面试真题] 2025年笙阳县市场监管岗面试真题：热水袋抽检不合格，你如何向群众解释？ - 面试专区 - 考公人之家论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 考公人之家论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 考公人之家论坛 › 面试专区 › 真题回忆⟧</div>
<h1>⟦t [面试真题] 2025年笙阳县市场监管岗面试真题：热水袋抽检不合格，你如何向群众解释？⟧</h1>
<div class="authi">⟦m 楼主 笙阳考公人　发表于 2025-12-22 19:44⟧ ⟦m 积分：860⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 以下内容需要回复才能浏览⟧</div>
<div class="ft">⟦m Powered by Discuz! X3.4⟧ ⟦d 本帖内容仅代表作者观点⟧</div>
</body></html>
""",
        p_html="{}<br>",
        body="""
题目：县市场监管局公布热水袋抽检结果，有群众质疑“为什么超市还在卖”，你作为工作人员如何解释？
答题思路：
第一，表明态度，感谢群众监督，理解群众的担忧。
第二，说明情况：抽检不合格的是特定批次，我局已责令下架，其他批次不受影响。
第三，提出措施：公布不合格批号，开通投诉电话，组织复查。
第四，总结：以公开透明回应关切，守护群众冬季取暖安全。
""",
    ),
    dict(
        slug="snapshot-frame-hot-water-bottle-warning-html",
        site="搜快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://snap.soukz.example.com/cache?q=xiaotang+re+shui+dai&id=77201",
        title="筱塘县消费者协会关于冬季选购使用热水袋的消费提示",
        record_title="筱塘县消费者协会关于冬季选购使用热水袋的消费提示_搜快照",
        date="2025-11-18",
        notes="snapshot frame above the association page; crawl stamp no date; the page's 发布时间 equals the 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>筱塘县消费者协会关于冬季选购使用热水袋的消费提示_搜快照</title></head><body>
<div class="snapbar">⟦m 您查看的是搜快照保存的网页副本，保存时间：2025-12-02 11:08:31⟧<br>⟦a 查看原网页⟧ ⟦d 本快照与原网站无关⟧</div>
<div class="orig">
<div class="hd">⟦m 筱塘县消费者协会⟧ ⟦m 投诉热线 12315⟧</div>
<h2>⟦t 筱塘县消费者协会关于冬季选购使用热水袋的消费提示⟧</h2>
<p>⟦m 发布时间：2025-11-18⟧</p>
{BODY}
<p>⟦m 筱塘县消费者协会 版权所有⟧</p>
</div></body></html>
""",
        body="""
广大消费者：
冬季是热水袋销售和使用的高峰期。为保障消费安全，县消协提示如下：
一、选购时检查袋体厚薄是否均匀，袋口是否有橡胶垫圈。
二、灌水以七成满为宜，水温不超过六十摄氏度，排净空气后拧紧盖子。
三、热水袋使用一年以上或出现老化、龟裂时应及时更换。
筱塘县消费者协会
2025年11月18日
""",
    ),
]
