"""holdout39, part E: an acrobatic troupe's interview notice, a balloon-lease bid result, a
law firm's letter to KTV operators, a residents' ice-rink notice, a barbers' association
pledge, a satellite operator's news, a laundry training school, a retired oil worker's 1998
summary, a tram driver's blog, a laundry-damage Q&A, a toy factory's intranet notice and an
education bureau's ice-sports notice. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="rsks-hengzhou-acrobat-interview-html",
        site="蘅州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.hengzhou.example.gov.cn/mszg/202506/t20250603_9012.html",
        title="蘅州杂技团2025年公开招聘演员专业测试及面试公告",
        record_title="蘅州杂技团2025年公开招聘演员专业测试及面试公告_蘅州人事考试网",
        date="2025-06-03",
        notes="personnel-exam portal: a floating 'exam calendar' box, a print/close row, a hot-exams list; the announcement's sentence about 下载打印面试通知书 is content; timetable table; the announcement's 咨询电话 next to the site's 技术支持 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蘅州杂技团2025年公开招聘演员专业测试及面试公告_蘅州人事考试网</title></head>
<body>
<div class="head">⟦m 蘅州人事考试网⟧ ⟦m 公平　公正　高效　便民⟧</div>
<div class="nav">⟦m 首页 | 考试动态 | 考试安排 | 成绩查询 | 证书办理 | 政策法规⟧</div>
<div class="float">⟦a 考试日历⟧ ⟦a 成绩查询入口⟧</div>
<div class="detail"><h2>{T}</h2>
<div class="meta">⟦m 发布时间：2025-06-03　来源：蘅州市文化广电和旅游局⟧</div>
{BODY}
<div class="tools">⟦a 【打印本页】【关闭】⟧</div></div>
<div class="hot"><h4>⟦l 热门考试⟧</h4><ul><li>⟦l 2025年度一级建造师考试报名公告⟧</li><li>⟦l 事业单位联考笔试成绩查询⟧</li></ul></div>
<div class="ft">⟦m 技术支持：蘅州人事考试院信息科 0734-8239001⟧ ⟦d 蘅州人事考试网 版权所有⟧</div>
</body></html>
""",
        body="""
根据《蘅州杂技团2025年公开招聘演员公告》，现将专业测试及面试有关事项公告如下：
一、进入专业测试人员名单见附件。
二、专业测试及面试安排
项目　时间　地点
基本功测试　6月14日8:30　杂技艺术中心排练厅
技巧展示　6月14日14:00　杂技艺术中心排练厅
结构化面试　6月15日9:00　市文化广电和旅游局三楼会议室
三、参加人员须于6月10日至13日登录报名系统下载并打印面试通知书，测试时须携带通知书和身份证原件。
附件：进入专业测试人员名单
咨询电话：0734-8226703（市文化广电和旅游局人事科）
""",
    ),
    dict(
        slug="tender-puyuan-balloon-lease-bid-result",
        site="朴原县公共资源交易网 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://ggzy.puyuan.example.gov.cn/jyxx/zbgs/2025/08/20250821_7713.html",
        title="朴原县热气球文化节热气球租赁及飞行服务项目中标结果公告",
        record_title="[中标公告]朴原县热气球文化节热气球租赁及飞行服务项目中标结果公告",
        date="2025-08-21",
        notes="bid result as text: bracketed decorated record title; project number and 信息时间 meta lines; a bid table; purchaser and agency contacts kept beside the platform's CA/service hotline; a 'this announcement also published on' line",
        page="""
!m 朴原县公共资源交易网
!m 交易信息 > 政府采购 > 中标公告
!t [中标公告]朴原县热气球文化节热气球租赁及飞行服务项目中标结果公告
!m 【信息时间：2025-08-21】【阅读次数：288】【我要打印】【关闭】
{BODY}
!m 交易平台服务热线：0578-5099600　CA数字证书办理：400-182-3399
!d 本公告同时在省政府采购网发布，内容以省政府采购网为准。
""",
        body="""
一、项目编号：PYZC2025-0618
二、项目名称：朴原县热气球文化节热气球租赁及飞行服务项目
三、中标信息
供应商名称　中标金额（元）　服务期
青鸟通用航空有限公司　1,386,000.00　2025年10月1日至7日
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：朴原县文化和旅游局　联系人：屠先生　电话：0578-5083216
采购代理机构：朴原正衡项目管理有限公司　联系人：吴女士　电话：0578-5128840
""",
    ),
    dict(
        slug="lawfirm-yuheng-ktv-copyright-letter-html",
        site="御衡律师事务所 (invented)",
        style="律所网站",
        genre="公开信",
        kind="letter",
        form="html",
        source="https://www.yuhenglaw.example.com/article/ktv-copyright-2025.html",
        title="致全市KTV经营者的一封信——关于音乐作品著作权许可",
        record_title="致全市KTV经营者的一封信——关于音乐作品著作权许可 | 御衡律师事务所",
        date="2025-10-08",
        notes="law-firm site: practice-area menu, consult float box with a phone, a 'lawyer profile' card, disclaimer footer; the letter's own date and the firm's signature; the firm name also in the signature (head/tail matches)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>致全市KTV经营者的一封信——关于音乐作品著作权许可 | 御衡律师事务所</title></head>
<body>
<header><div class="brand">⟦m 御衡律师事务所⟧</div><nav>⟦m 首页　关于御衡　业务领域　律师团队　御衡文丛　联系我们⟧</nav></header>
<div class="consult">⟦w 免费法律咨询 138-7360-5521（微信同号）⟧</div>
<article><h1>{T}</h1>
<p class="by">⟦m 知识产权部　2025-10-08　阅读 391⟧</p>
{BODY}
</article>
<aside class="card">⟦l 作者简介：黎婉，御衡律师事务所合伙人，专注知识产权诉讼⟧</aside>
<footer>⟦d 本网站内容仅供参考，不构成法律意见，据此行事请先咨询专业律师。⟧<br>⟦m 琚水市滨江路200号御衡大厦18层　琚ICP备19004410号⟧</footer>
</body></html>
""",
        body="""
全市各KTV经营者：
近年来，我所代理了多起KTV经营者因未经许可使用音乐电视作品被起诉的案件。为帮助大家规范经营、减少纠纷，特致此信。
一、KTV在包厢内播放音乐电视作品，应当取得著作权人或集体管理组织的许可，并支付使用费。
二、曲库中的作品应当来源合法，不要从来路不明的渠道下载曲库。
三、收到律师函或起诉状后，请及时核实曲目清单，不要置之不理。
希望各位经营者依法经营，共同维护良好的市场秩序。
御衡律师事务所
2025年10月8日
""",
    ),
    dict(
        slug="community-qingshui-ice-rink-safety",
        site="清水湾社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://qsw.sqfw.example.com/news/20251220-11.html",
        title="关于社区临时冰场开放及安全注意事项的通知",
        record_title="关于社区临时冰场开放及安全注意事项的通知",
        record_date="2025-12-20",
        date="2025-12-20",
        notes="residents' site: weather widget line, service-phone sidebar lines, a 'volunteer sign-up' button glued after a paragraph and a notice line between paragraphs; the notice's own 值班电话 kept",
        page="""
!m 清水湾社区服务网
!m 今日天气：晴 -12℃～-3℃　空气质量：良
!m 社区首页　社区公告　党群服务　便民信息　邻里活动
!t 关于社区临时冰场开放及安全注意事项的通知
{BODY}
!l 便民电话：物业 0736-8156100　社区卫生站 0736-8156120
!m 清水湾社区居委会　地址：清水湾小区3号楼一层
""",
        body="""
各位居民朋友：
为丰富冬季文体活动，社区在小区中心广场浇筑了临时冰场，自12月22日起免费开放，开放时间为每天9:00至17:00。⟦a 我要报名当志愿者>>⟧
为确保安全，请大家注意以下事项：
一、12岁以下儿童须在家长陪同下上冰。
⟦d 温馨提示：本站信息以社区公告栏张贴为准⟧
二、冰面出现裂纹或积水时，请不要上冰，并及时告知值班人员。
三、请勿在冰场内燃放烟花爆竹、追逐打闹。
冰场值班电话：0736-8156333
清水湾社区居委会
2025年12月20日
""",
    ),
    dict(
        slug="association-meifa-no-prepaid-pledge-cn-date",
        site="枳城市美发美容行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="http://www.zcmfxh.example.org/xhgg/2025/0316.html",
        title="关于规范预付式消费的倡议书",
        record_title="【协会公告】关于规范预付式消费的倡议书（全体会员单位）",
        date="2025-03-15",
        notes="association site as text: member login and 'pay dues' links, a bulletin tag line, a member-units scroll; date under the signature in Chinese numerals; a 'follow the association' line and footer",
        page="""
!a 会员登录　会费缴纳　证书查询
!m 枳城市美发美容行业协会 · 协会公告
!t 【协会公告】关于规范预付式消费的倡议书（全体会员单位）
!m 协会秘书处　2025-03-17
{BODY}
!l 会员单位风采：丝域造型　青木美业　剪爱沙龙　……更多>>
!a 扫码关注协会公众号，及时获取行业资讯
!m 协会地址：枳城市人民路19号　电话：0736-8228816
""",
        indent="　　",
        body="""
全市美发美容行业经营者：
“3·15”国际消费者权益日到来之际，为维护消费者合法权益，促进行业健康发展，枳城市美发美容行业协会向全体会员单位倡议：
一、理性发卡。不以“充值送”“低价引流”等方式诱导消费者大额充值，单张预付卡金额不超过规定上限。
二、明示条款。发卡时主动出示协议，写明服务内容、有效期和退款规则，不设置“不退不换”等不公平条款。
三、诚信履约。门店迁址、转让或停业的，提前告知持卡人，依法处理卡内余额。
让我们共同行动，做诚信经营的践行者！
枳城市美发美容行业协会
二〇二五年三月十五日
""",
    ),
    dict(
        slug="company-xingtu-satellite-news-html",
        site="栝苍星图卫星运营有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xingtu-sat.example.com/news/company/20250718.html",
        title="“栝苍一号”遥感卫星完成在轨测试并正式交付使用",
        record_title="“栝苍一号”遥感卫星完成在轨测试并正式交付使用-星图新闻",
        date="2025-07-18",
        notes="company site with product menu, a language switch, a cookie notice and a contact-sales footer; news byline date; a 'previous/next news' pair; the company name inside the body",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>“栝苍一号”遥感卫星完成在轨测试并正式交付使用-星图新闻</title></head>
<body>
<div class="cookie">⟦d 本网站使用Cookie以提升浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ ⟦a 接受⟧</div>
<header>⟦m 星图卫星 XINGTU SATELLITE⟧ ⟦m 产品与服务　解决方案　新闻中心　加入我们⟧ ⟦a 中文 / EN⟧</header>
<main><h1>{T}</h1>
<div class="date">⟦m 2025.07.18　公司新闻⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：星图卫星与三家农业企业签署遥感服务协议⟧ ⟦l 下一篇：公司荣获省级专精特新企业称号⟧</div></main>
<footer>⟦w 商务合作：sales@xingtu-sat.example.com　400-017-2025⟧ ⟦d © 2025 栝苍星图卫星运营有限公司⟧</footer>
</body></html>
""",
        body="""
7月17日，栝苍星图卫星运营有限公司自主运营的“栝苍一号”遥感卫星完成全部在轨测试，各项指标满足设计要求，正式交付使用。
“栝苍一号”于今年4月发射入轨，配置全色和多光谱相机，地面分辨率优于1米。在轨测试期间，栝苍卫星地面站共完成跟踪接收326圈次。
公司负责人表示，卫星交付后将重点服务自然资源监测、农业估产和应急管理等领域，并向高校和科研院所开放数据共享。
""",
    ),
    dict(
        slug="training-jiejing-laundry-course-brochure",
        site="洁净职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="http://www.jiejingpx.example.com/zsjz/2025qiu.html",
        title="洁净职业技能培训学校2025年秋季洗衣师培训班招生简章",
        record_title="洁净职业技能培训学校2025年秋季洗衣师培训班招生简章",
        date="2025-08-05",
        notes="training-school page: 'free trial class' and online-consult buttons, a student-reviews box, a 400 line beside the school's own 报名电话 and address (body); a course-fee table; date under the signature",
        page="""
!m 洁净职业技能培训学校　学技术　找洁净
!a 免费试听　在线咨询　预约到校参观
!m 首页 / 招生简章 / 洗衣师
!t 洁净职业技能培训学校2025年秋季洗衣师培训班招生简章
{BODY}
!l 学员评价：“学了一个月就自己开店了！”——2024届学员 王师傅
!w 全国招生热线：400-1866-055
""",
        body="""
为满足洗衣行业对技术人员的需求，我校2025年秋季洗衣师培训班现开始招生。
一、培训内容：衣物面料识别、去渍技术、干洗与水洗工艺、熨烫整形和店面经营管理。
二、班型及收费
班型　学时　学费（元）
基础班　120　2800
高级班　200　4600
三、学员结业考核合格，可参加洗衣师职业技能等级认定。
报名地址：琚水市新华路56号技能大楼二楼
报名电话：0731-8526019
洁净职业技能培训学校
2025年8月5日
""",
    ),
    dict(
        slug="anthology-youtian-1998-summary-cn-date",
        site="老石油的文字 (invented)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://laoshiyou.example.net/wj/1998/zongjie.html",
        title="一九九八年采油四队工作总结",
        record_title="旧文重录：一九九八年采油四队工作总结",
        date="1998-12-28",
        notes="a retired oil worker's collection of his old texts: a foreword note by the collector (chrome), a 'typed from the original' line, previous/next links; the summary's date in Chinese numerals under the signature; the re-typing date is no date",
        page="""
!m 老石油的文字 · 工作旧稿
!t 旧文重录：一九九八年采油四队工作总结
!m 整理者按：此稿据当年手写原件录入，个别数字已无法辨认，用“□”代替。录入于2024年冬。
{BODY}
!l ← 前一篇：一九九七年冬季保温工作小结　｜　后一篇：老井场的四季 →
!m 留言本　|　回到目录
""",
        indent="　　",
        body="""
一九九八年，我队在作业区的正确领导下，全队职工团结一心，克服油价低迷、经费紧张等困难，较好地完成了全年生产任务。
一、原油生产。全年生产原油4.□万吨，完成计划的101.3%，油井利用率达到93%。
二、安全工作。全年无重大事故，冬季保温工作提前一个月完成，没有发生冻井冻管线。
三、职工生活。新打了一口水井，解决了井场职工的吃水问题。
明年，我们要继续抓好老井挖潜，争取产量再上一个台阶。
采油四队
一九九八年十二月二十八日
""",
    ),
    dict(
        slug="blog-dianche-tram-driver-tagcloud-html",
        site="铛铛车司机小唐的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="html",
        source="https://xiaotang-tram.example.blog/post/2026/01/05/",
        title="开有轨电车的第三年：我的年度心得",
        record_title="开有轨电车的第三年：我的年度心得 | 铛铛车司机小唐",
        date="2026-01-05",
        notes="a personal blog: tag cloud, archive by month, a bracketed post time (the date), a 'like' counter, a comments form, a reward button; decimal numbers in the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>开有轨电车的第三年：我的年度心得 | 铛铛车司机小唐</title></head>
<body>
<div id="blog-title">⟦m 铛铛车司机小唐的博客⟧<br>⟦m 每天往返三十二公里，记录轨道上的小事⟧</div>
<div id="post"><h2>{T}</h2>
<div class="time">⟦m [2026-01-05 22:18]⟧ ⟦m 分类：驾驶日记⟧</div>
{BODY}
<div class="like">⟦a 喜欢(57)　赞赏作者⟧</div>
<div class="comment">⟦l 发表评论：昵称　内容　提交⟧</div></div>
<div id="sidebar"><h4>⟦l 标签云⟧</h4>⟦l 有轨电车 驾驶日记 安全 乘客故事 年度总结⟧<h4>⟦l 文章归档⟧</h4>⟦l 2026年1月(2) 2025年12月(4) 2025年11月(3)⟧</div>
<div id="foot">⟦m 本博客由 BlogCat 驱动⟧</div>
</body></html>
""",
        body="""
转眼间，我在朴原有轨电车当驾驶员已经三年了。今年我安全行驶了4.6万公里，没有发生一次责任事故。
回想这一年，最大的体会是“慢一点、稳一点”。有轨电车和汽车、行人共用路口，每次过路口我都提前降速，宁可晚一分钟，也不冒一点险。
第二个体会是要多为乘客着想。冬天早班车上老人多，我每到一站都等老人坐稳再启动。
新的一年，希望自己继续保持安全行驶纪录，也争取在公司的技能比武中拿个好名次。
""",
    ),
    dict(
        slug="qa-wenxin-laundry-damage-claim",
        site="问心问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wenxinwenda.example.com/question/883120",
        title="洗衣店把羊绒大衣洗缩水了，怎么索赔？",
        record_title="洗衣店把羊绒大衣洗缩水了，怎么索赔？ - 问心问答",
        date="2025-11-30",
        notes="a Q&A page: asker's detail line, the best answer with a 'lawyer certified' badge and 回答于 date, a lawyer-consult ad, follow/collect buttons, an 'answer generated 1 hour ago' relative time on another answer",
        page="""
!m 问心问答 › 法律 › 消费维权
!t 洗衣店把羊绒大衣洗缩水了，怎么索赔？
!m 问题补充：大衣买了三千多，店家说只能赔洗衣费的十倍，合理吗？　|　1,207人浏览
!a 关注问题　写回答　邀请
!m 最佳回答　认证律师 苏航　回答于 2025-11-30
{BODY}
!a 有帮助 64　|　收藏　|　举报
!l 其他回答（1 小时前）：先找消协调解吧，一般能赔一部分。
!w 在线律师1对1咨询，最快3分钟回复，点击立即咨询
""",
        body="""
您好，“按洗衣费的十倍赔偿”是行业里常见的说法，但并不是法定标准。如果这一条款是店家单方印在收衣单上、没有特别提示您的，很可能属于无效的格式条款。
建议按以下步骤处理：
1. 保留收衣单、付款记录和衣服现状照片，必要时请专业机构出具鉴定意见。
2. 先与店家协商，要求按衣物实际损失赔偿，可以考虑折旧。
3. 协商不成的，可以向当地消费者协会投诉或者拨打12315，也可以向法院起诉。
""",
    ),
    dict(
        slug="oa-huangtang-toy-standard-training-flow",
        site="璜塘玩具厂内部办公系统 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://oa.htwanju.example.local/notice/view.do?id=2025-0412",
        title="关于开展玩具安全新国标学习培训的通知",
        record_title=None,
        date="2025-04-12",
        notes="intranet as text: system header, a 'confidential' line, read receipts and an approval trail after the body; no record title (title once on the page); a training schedule table; the notice's own 联系人/分机",
        page="""
!m 璜塘玩具厂内部办公系统 V3.2　｜　欢迎您，品质部 李萍
!m 公告通知 > 查看公告
{T}
!m 发布部门：品质部　　发布日期：2025-04-12　　阅读范围：全厂
!d 【内部公告　请勿外传】
{BODY}
!l 阅读回执：已读 214 / 应读 236
!l 审批记录：品质部经理 田军（同意）→ 副厂长 梁平（同意，请各车间按时组织）
!a 标记已读　　下载附件　　返回列表
""",
        body="""
各车间、各部门：
新版玩具安全国家标准即将实施。为确保我厂产品持续符合标准要求，品质部决定组织开展全员学习培训。现将有关事项通知如下：
一、培训安排
场次　时间　对象
第一期　4月18日14:00　各车间主任、质检员
第二期　4月21日14:00　缝纫、注塑车间班组长
第三期　4月24日14:00　仓库、包装人员
二、培训地点：行政楼二楼培训室。
三、培训结束后进行闭卷考试，考试成绩纳入年度考核。
联系人：李萍　分机：8026
品质部
2025年4月12日
""",
    ),
    dict(
        slug="edu-zhicheng-ice-sports-notice-html",
        site="枳城市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhicheng.example.gov.cn/zwgk/tzgg/202511/t20251110_62210.html",
        title="关于开展2025—2026学年冰雪运动进校园活动的通知",
        record_title="枳城市教育局关于开展2025—2026学年冰雪运动进校园活动的通知",
        title_also=["枳城市教育局关于开展2025—2026学年冰雪运动进校园活动的通知"],
        date="2025-11-10",
        notes="education-bureau portal: 信息公开 index table, 文号 (neutral), attachments list and 抄送 kept, a '扫码在手机上查看' chrome, a sentence telling schools to 下载 forms (content); the bureau's 举报电话 footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>枳城市教育局关于开展2025—2026学年冰雪运动进校园活动的通知</title></head>
<body>
<div class="hd">⟦m 枳城市教育局⟧ ⟦m 政务公开 | 教育动态 | 办事服务 | 互动交流⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：430700-JY-2025-0219⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发布机构：体卫艺科⟧</td><td>⟦m 生成日期：2025-11-10⟧</td></tr>
</table>
<h1>{T}</h1>
<p class="wh">枳教发〔2025〕48号</p>
{BODY}
<div class="qr">⟦a 扫码在手机上查看⟧ ⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
<div class="ft">⟦m 枳城市教育局主办　教育违规收费举报电话：0736-8208315⟧ ⟦m 湘ICP备05011203号⟧</div>
</body></html>
""",
        body="""
各区县（市）教育局，市直各学校：
为推动冰雪运动普及，增强学生体质，市教育局决定在全市中小学开展冰雪运动进校园活动。现将有关事项通知如下：
一、活动内容。组织学生到市冰雪运动中心开展滑冰体验课，有条件的学校可开设冰壶、旱地冰球等校本课程。
二、安全要求。各校要为参加活动的学生购买意外伤害保险，活动前开展安全教育，配足带队教师。
三、报送材料。请各校从市教育局网站下载活动报名表，于11月25日前报市教育局体卫艺科。
附件：1. 冰雪运动进校园活动报名表
2. 市冰雪运动中心体验课程安排表
枳城市教育局
2025年11月10日
抄送：市体育局，市冰雪运动中心。
""",
    ),
]
