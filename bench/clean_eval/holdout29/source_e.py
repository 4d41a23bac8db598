"""holdout29, part E: a sign-language pilot-schools list on an education portal, a grain-inspection
Party branch's 七一 speech, an eyewear maker's product notice, a 范文 site's sign-language class
speech, an archery club forum, a greenhouse notice on a farmers' forum, a maritime college notice,
an open-air cinema week on a residents' site, a bakery training school, a labour lecture on security
guards, an archaeology volunteer's blog and a stone-park company's intranet report. All invented."""

CASES = [
    dict(
        slug="edu-qinyang-sign-language-pilot-list-html",
        site="芩阳县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.qinyang.example.gov.cn/zwgk/tzgg/202509/t20250905_2210.html",
        title="关于公布2025年中小学手语进校园试点学校名单的通知",
        record_title="关于公布2025年中小学手语进校园试点学校名单的通知_通知公告_芩阳县教育局",
        date="2025-09-04",
        date_also=["2025-09-05"],
        notes="education portal template: a list of schools as a table kept, a 附件 line kept, a 'view attachment' button glued before a 。, byline 发布时间 also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于公布2025年中小学手语进校园试点学校名单的通知_通知公告_芩阳县教育局</title></head><body>
<div class="top">⟦m 芩阳县教育局⟧ ⟦a 简体｜繁體｜无障碍⟧</div>
<div class="nav">⟦m 首页 ┆ 机构概况 ┆ 政务公开 ┆ 教育动态 ┆ 办事指南 ┆ 互动交流⟧</div>
<div class="wz">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="xx">⟦m 发布时间：2025-09-05 10:21　来源：基础教育股　字号：大 中 小⟧</div>
{BODY}
</div>
<div class="ewm">⟦a 扫一扫在手机上查看当前页面⟧</div>
<div class="footer">⟦m 芩阳县教育局主办　地址：芩阳县教育路3号　联系电话：0722-5100311⟧ ⟦m 鄂ICP备05011226号⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
经学校申报、专家评审，确定以下学校为2025年中小学手语进校园试点学校⟦a （点击查看评审细则）⟧。
序号　学校名称　试点年级
1　芩阳县实验小学　三至六年级
2　芩阳县第二中学　七至八年级
3　城关镇中心小学　四至五年级
4　芩阳县特殊教育学校　全校
请各试点学校制定实施方案，每周安排不少于一课时的手语教学，并于10月10日前将实施方案报县教育局基础教育股。
附件：手语进校园试点学校实施方案模板
芩阳县教育局
2025年9月4日
""",
    ),
    dict(
        slug="dangjian-grain-inspection-july-first-speech-html",
        site="溱江机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.qjjgdj.example.gov.cn/jcdj/202507/t20250701_5512.html",
        title="在庆祝建党104周年暨“两优一先”表彰大会上的讲话",
        record_title="在庆祝建党104周年暨“两优一先”表彰大会上的讲话_基层党建_溱江机关党建网",
        date="2025-06-30",
        notes="Party-building template: the speaker's role and name under the title (neutral) and the date under it; a 'study online' prompt between paragraphs; a red-banner header and columns",
        page="""
<html><head><meta charset="utf-8"><title>在庆祝建党104周年暨“两优一先”表彰大会上的讲话_基层党建_溱江机关党建网</title></head><body>
<div class="banner">⟦m 溱江机关党建网⟧ ⟦m 中共溱江县直属机关工作委员会主办⟧</div>
<div class="nav">⟦m 首页 · 理论学习 · 基层党建 · 党风廉政 · 先锋风采 · 党员之家⟧</div>
<div class="crumb">⟦m 首页 &gt;&gt; 基层党建 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<p class="spk">县粮食质量检验站党支部书记　牛春晖</p>
<p class="spk">（2025年6月30日）</p>
<div class="con">
{BODY}
</div>
<div class="src">⟦m 来源：县粮食质量检验站党支部　编辑：党建网编辑部⟧</div>
<div class="foot">⟦d 溱江机关党建网 版权所有 转载请注明出处⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里召开大会，庆祝中国共产党成立104周年，表彰一年来涌现出的优秀共产党员和优秀党务工作者。
过去一年，支部全体党员在粮食质量检验一线冲锋在前，夏粮收购期间连续奋战四十多天，完成质量调查样品检验六百余份。
⟦a 【网上学习】进入“溱江机关党建”学习平台参与七一专题答题⟧
受表彰的同志，是我们身边看得见、学得到的榜样。希望受表彰的同志珍惜荣誉、再接再厉，希望全体党员以先进为镜，立足岗位作贡献。
同志们，让我们更加紧密地团结在一起，守好“大国粮仓”的质量关，以优异成绩向党的生日献礼！
""",
    ),
    dict(
        slug="corp-linxi-optical-frame-recall-site-hotline",
        site="蔺溪明眸光学有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.mingmou-optical.example.com/news/2025/0711.html",
        title="关于召回部分批次儿童镜架的公告",
        record_title="关于召回部分批次儿童镜架的公告—明眸光学官网",
        date="2025-07-11",
        notes="corporate text page: a brand slogan, a 400 hotline and online-shop line as chrome, the company's own recall line kept; a batch table kept",
        indent="\u3000\u3000",
        page="""
!m 明眸光学 MINGMOU OPTICAL | 专注眼镜制造二十年
!m 售前咨询 400-115-6680　|　官方旗舰店 >>
!m 首页 > 新闻动态 > 公司公告
{T}
!m 2025-07-11　|　浏览 1044
{BODY}
!l 上一条：明眸光学参加2025年亚洲眼镜展
!d ©明眸光学 版权所有　网站内容仅供参考
""",
        body="""
我公司在产品质量抽检中发现，2025年5月生产的部分批次儿童TR90镜架铰链存在松脱风险，为保障儿童佩戴安全，决定主动召回。
召回范围：
型号　生产批次　数量
MK-2031　250512　1200副
MK-2035　250518　860副
消费者可将镜架送回原购买门店，由门店免费更换同款或等价镜架，并承担相关费用。
召回专线：0596-8836077（每日9:00-18:00）。
蔺溪明眸光学有限公司
2025年7月11日
""",
    ),
    dict(
        slug="fanwen-sign-language-class-speech-old-table-html",
        site="墨香公文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moxianggw.example.com/jianghua/kaibanshi/20250510_3301.html",
        title="在全县手语翻译员培训班开班仪式上的讲话",
        record_title="【荐读】在全县手语翻译员培训班开班仪式上的讲话（优选2篇）_墨香公文网",
        date="2025-05-10",
        notes="old table-layout 范文 site: a hot list, a 'this is piece 1 of 2' line (neutral), the date under the title, a writing-service box on its own line between paragraphs and a login-to-copy prompt",
        p_html="<p>{}</p>",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【荐读】在全县手语翻译员培训班开班仪式上的讲话（优选2篇）_墨香公文网</title></head><body>
<table width="960"><tr><td>⟦m 墨香公文网⟧</td><td>⟦m 讲话稿 | 总结 | 计划 | 心得 | 报告 | 方案⟧</td></tr></table>
<table width="960"><tr><td width="680" valign="top">
<div>⟦m 您现在的位置：墨香公文网 &gt;&gt; 讲话稿 &gt;&gt; 开班仪式讲话⟧</div>
<h1>⟦t 【荐读】在全县手语翻译员培训班开班仪式上的讲话（优选2篇）⟧</h1>
<div>⟦m 时间：2025-05-12　作者：墨香编辑部　阅读：676⟧</div>
<p>篇一</p>
<p>在全县手语翻译员培训班开班仪式上的讲话</p>
<p>（2025年5月10日）</p>
{BODY}
<div>⟦a 登录后方可复制全文，点此登录⟧</div>
</td>
<td width="280" valign="top"><table><tr><td>⟦l 本周热门⟧</td></tr><tr><td>⟦l ·在青年干部培训班上的讲话⟧</td></tr><tr><td>⟦l ·在社区工作者培训班结业式上的讲话⟧</td></tr></table></td></tr></table>
<table width="960"><tr><td>⟦d 本站文章均为会员投稿，仅供学习参考⟧ ⟦m 粤ICP备15027716号⟧</td></tr></table>
</body></html>
""",
        body="""
同志们、学员们：
今天，全县手语翻译员培训班正式开班了。我代表县残联，向参加培训的各位学员表示热烈欢迎！
我县有听力残疾人四千余人，但具备手语翻译能力的工作人员不足三十人，医院、法院、政务大厅等窗口单位迫切需要手语翻译。
⟦w 原创讲话稿定制，48小时交稿，联系客服小墨⟧
这次培训为期十天，邀请了省手语协会的老师授课，希望大家珍惜机会，认真学习，学成后在本单位发挥作用。
最后，祝培训班圆满成功！
""",
    ),
    dict(
        slug="forum-archery-club-repost-floors-html",
        site="弓箭之家论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.gongjianzhijia.example.com/thread-62011-1-1.html",
        title="关于珩山县全民健身射箭馆恢复开放的通知",
        record_title="关于珩山县全民健身射箭馆恢复开放的通知 - 赛事与场馆 - 弓箭之家论坛",
        date="2025-08-28",
        date_also=["2025-08-29"],
        notes="forum thread with floors: the first post reposts a venue's notice (its date expected, the post time accepted), reply floors with quote boxes and signatures, a 'load more' link",
        page="""
<html><head><meta charset="utf-8"><title>关于珩山县全民健身射箭馆恢复开放的通知 - 赛事与场馆 - 弓箭之家论坛</title></head><body>
<div class="logo">⟦m 弓箭之家论坛 — 射箭爱好者的交流社区⟧</div>
<div class="bread">⟦m 首页 » 赛事与场馆 » 帖子详情⟧</div>
<div class="post first">
<h1>{T}</h1>
<div class="who">⟦m 楼主　鹰眼阿杰　2025-08-29 08:16　[复制链接]⟧</div>
{BODY}
</div>
<div class="post">⟦l 2楼　射手小白：终于开了！周末就去⟧</div>
<div class="post">⟦l 3楼　反曲弓老李：引用 2楼 的话 —— 记得带身份证登记⟧</div>
<div class="sig">⟦m 签名档：十环不是梦⟧</div>
<div class="more">⟦l 查看更多回复（共 21 条）⟧</div>
</body></html>
""",
        body="""
各位射箭爱好者：
珩山县全民健身射箭馆经过两个月的改造提升，定于2025年9月1日起恢复开放。
一、开放时间：周二至周日9:00至21:00，周一闭馆维护。
二、改造后场馆新增室内18米靶位十二个，室外30米靶位八个。
三、初次入馆人员须参加三十分钟安全培训，培训合格后方可射箭。
珩山县全民健身中心
2025年8月28日
""",
    ),
    dict(
        slug="countyforum-greenhouse-wrapped-repost",
        site="笏山乡村论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.hushanxiangcun.example.cn/viewthread.php?tid=4412",
        title="关于做好设施农业大棚冬季防寒防雪工作的通知",
        record_title="转：关于做好设施农业大棚冬季防寒防雪工作的通知【种植交流】",
        date="2024-12-02",
        notes="a county farming forum: the repost hard-wrapped at 56 columns; the poster's line with a relative time; the agricultural technology station's date under the signature",
        wrap=56,
        indent="\u3000\u3000",
        page="""
!m 笏山乡村论坛 ＞ 种植交流
!t 转：关于做好设施农业大棚冬季防寒防雪工作的通知【种植交流】
!m 发帖人：大棚种菜老王　5天前　浏览 402　回复 9
{BODY}
!l ─── 回复列表 ───
!l 沙发：谢谢分享，正准备加固棚架
!a 登录后才能回复，没有账号？注册一个
""",
        body="""
各乡镇农业服务中心，各设施农业经营主体：
据气象部门预测，今冬我县气温偏低，降雪偏多。为减少低温雨雪天气对设施农业生产的不利影响，现就做好大棚冬季防寒防雪工作通知如下：
一、加固棚体。入冬前全面检查大棚骨架、压膜线和卷帘设备，对老化破损的及时维修更换，必要时增设临时支柱。
二、保温增温。合理使用保温被、二道膜等保温措施，有条件的可使用热风炉等增温设备，严防一氧化碳中毒。
三、及时除雪。降雪期间要安排专人值守，做到边下边扫，防止积雪压垮大棚。
四、遇到问题可咨询县农业技术推广站，技术服务电话：0591-6217730。
笏山县农业技术推广站
2024年12月2日
""",
    ),
    dict(
        slug="college-maritime-freshman-sea-safety-notice",
        site="溱江航海职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xsc.qjhhxy.example.edu.cn/tzgg/2025/0828/319.html",
        title="关于做好2025级新生海上安全教育工作的通知",
        record_title="关于做好2025级新生海上安全教育工作的通知-学生工作处",
        date="2025-08-28",
        notes="a college department page: department name and school motto lines, a 'VPN login' prompt, a schedule table kept; chrome glued right before a 。 inside the text",
        indent="\u3000\u3000",
        page="""
!m 溱江航海职业学院 学生工作处
!a 校内门户登录 | 统一身份认证 | VPN
!m 首页 / 通知公告
{T}
!m 作者：学生工作处　发布：2025/08/28　阅读量：1561
{BODY}
!l 附件下载：新生海上安全教育课程表.xlsx
!m 学生工作处 电话：0574-8711206 地址：行政楼305室
""",
        body="""
各二级学院：
为帮助2025级新生掌握海上求生基本技能，增强安全意识，学院决定在新生入学教育期间开展海上安全教育。
一、教育内容包括救生衣穿戴、救生艇登乘、船舶消防和海上求生基础知识，由航海技术学院实训中心组织实施⟦a （课程视频请登录校园学习平台观看）⟧。
二、时间安排：
日期　学院　地点
9月8日　航海技术学院　实训中心水池
9月9日　轮机工程学院　实训中心水池
9月10日　港口物流学院　实训中心教室
三、新生须全员参加，考核不合格的安排补考，补考仍不合格的不得参加上船实习。
学生工作处
2025年8月28日
""",
    ),
    dict(
        slug="community-open-air-cinema-week-table-html",
        site="蔺溪县梧岭社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.wulingshequ.example.com/news/20250714.html",
        title="关于举办社区露天电影周的通知",
        record_title="关于举办社区露天电影周的通知 - 梧岭社区",
        date="2025-07-14",
        notes="residents' site template: a weather widget and a property-repair box as chrome, a screening schedule as a table kept, a 'like' row; the community committee's own phone kept",
        page="""
<html><head><meta charset="utf-8"><title>关于举办社区露天电影周的通知 - 梧岭社区</title></head><body>
<div class="hdr">⟦m 梧岭社区 · 我们的家⟧ <span class="wx">⟦m 今日 多云 26~34℃⟧</span></div>
<div class="menu">⟦m 社区动态 · 通知公告 · 便民服务 · 邻里活动 · 居民议事⟧</div>
<div class="box">
<h2>{T}</h2>
<p class="t">⟦m 社区居委会 发布于 2025-07-14⟧</p>
{BODY}
</div>
<div class="like">⟦l 👍 点赞 56　💬 评论 12⟧</div>
<div class="repair">⟦w 物业报修请拨 0596-8850100 或在线提交工单⟧</div>
<div class="ft">⟦d © 梧岭社区居委会　技术支持：智慧社区平台⟧</div>
</body></html>
""",
        body="""
各位居民：
为丰富居民夏季文化生活，社区联合县农村电影放映队，于7月18日至7月24日在社区文化广场举办露天电影周。
放映安排如下：
日期　片名　类型
7月18日　《我和我的家乡》　喜剧
7月20日　《长津湖》　战争
7月22日　《流浪地球》　科幻
7月24日　消防安全教育片专场　科普
每晚20时开映，请居民自带座椅，有序入场，照看好老人和孩子。
联系电话：0596-8851216（社区居委会）。
梧岭社区居民委员会
2025年7月14日
""",
    ),
    dict(
        slug="training-bakery-school-course-plan-wechat-id",
        site="麦香烘焙培训学校 (invented)",
        style="培训机构",
        genre="计划",
        kind="plan",
        form="text",
        source="https://www.maixianghb.example.com/kecheng/2025xiaji.html",
        title="2025年暑期烘焙师技能培训教学计划",
        record_title="2025年暑期烘焙师技能培训教学计划 - 麦香烘焙学校",
        date="2025-06-20",
        notes="training-school page: a WeChat id and a trial-class prompt as chrome, a course table kept, the school's own 报名咨询 line kept, date under the signature",
        indent="\u3000\u3000",
        page="""
!m 麦香烘焙培训学校 · 零基础包教包会
!w 加老师微信 mx_hongbei2025 免费领取烘焙配方手册
{T}
!m 教务处 | 2025-06-21 | 阅读 508
{BODY}
!a ☎ 预约试听　｜　📍 到校参观　｜　💬 在线咨询
!l 学员作品：蛋糕裱花结业作品展
""",
        body="""
为提高暑期烘焙师技能培训质量，根据烘焙师国家职业标准，制定本教学计划。
一、培训目标：使学员掌握面包、蛋糕、西点的基本制作技能，达到烘焙师五级水平。
二、课程安排：
阶段　内容　课时
第一阶段　原料认识与设备使用　16
第二阶段　面包制作　48
第三阶段　蛋糕与裱花　56
第四阶段　西点与综合实训　40
三、考核方式：理论考试与实操考核相结合，实操占百分之七十。
四、报名咨询：0746-3221805（教务处）。
麦香烘焙培训学校
2025年6月20日
""",
    ),
    dict(
        slug="lawfirm-security-guard-injury-lecture",
        site="衡正劳动法律师团队 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.hengzhenglaw.example.com/jiangtang/2025-04-17.html",
        title="劳务派遣保安员工伤责任的法律分析",
        record_title="律师说法｜劳务派遣保安员工伤责任的法律分析",
        date="2025-04-17",
        notes="law-firm lecture page: a lecturer line (neutral), a consultation prompt between paragraphs, a disclaimer; decimal headings kept; the date under the lecture title",
        indent="  ",
        page="""
!m 衡正劳动法律师团队 · 企业用工合规专家
!m 律师讲堂 ＞ 劳动用工
!t 律师说法｜劳务派遣保安员工伤责任的法律分析
主讲：衡正律师事务所合伙人　严慧
（2025年4月17日）
{BODY}
!d 本讲稿仅供学习交流，不作为个案法律意见。
!l 往期讲堂：外卖骑手劳动关系认定的几个问题
""",
        body="""
今天和大家讨论劳务派遣保安员发生工伤后，用工单位和派遣单位如何承担责任的问题。
1.基本规则
1.1劳务派遣单位是用人单位，应当依法为被派遣保安员缴纳工伤保险，并申请工伤认定。
1.2用工单位应当履行劳动保护义务，保安员在用工单位工作期间受伤的，用工单位负有协助义务。
⟦w 企业用工风险体检，欢迎预约律师面谈：0755-8336129⟧
2.常见争议
2.1派遣单位未缴工伤保险的，由派遣单位支付工伤保险待遇，用工单位承担连带赔偿责任。
2.2保安员在执勤中与他人发生冲突受伤的，一般认定为工伤。
3.建议：保安公司和用工单位应在派遣协议中明确约定工伤责任的分担，并加强岗前安全培训。
""",
    ),
    dict(
        slug="blog-archaeology-volunteer-open-day-wrapped",
        site="行走的探方（博客）(invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://tanfang.example-blog.net/2025/05/kaifangri.html",
        title="第一次做考古工地开放日志愿讲解员的体会",
        record_title="第一次做考古工地开放日志愿讲解员的体会 | 行走的探方",
        date="2025-05-19",
        notes="blog hard-wrapped at 60 columns: a post-date line with 发布于 (the page's date), categories, tag cloud, a comment count and archive; a 'follow my account' line as chrome",
        wrap=60,
        page="""
!m 行走的探方 — 一个考古志愿者的笔记
!t 第一次做考古工地开放日志愿讲解员的体会 | 行走的探方
!m 发布于 2025年5月19日 · 分类：志愿日记 · 3 条评论
{BODY}
!w 关注我的公众号“探方笔记”，一起聊考古
!l 标签云：考古 志愿者 城南遗址 公众考古 开放日
!l 归档：2025年5月 / 2025年4月 / 2025年3月
""",
        body="""
上周六，城南遗址考古工地举办公众开放日，我第一次作为志愿讲解员站在探方边上，给来访的市民讲解发掘情况。
出发前我准备了很久，背熟了遗址的年代、出土器物和地层关系，可真到了现场，第一个问题就把我问住了：一位小朋友问我，考古队员为什么要用小刷子，不用铲子？
我想了想告诉他，因为文物很脆弱，刷子能把泥土一点点清理掉，不会伤到它们。小朋友点点头，说以后也想当考古学家。
这一天我讲解了十一场，嗓子都哑了，但看到大家认真的样子，觉得一切都值得。
公众考古的意义，也许就在于让更多人知道，我们脚下的土地里藏着这么多故事。
""",
    ),
    dict(
        slug="intranet-stone-park-waste-report-banji",
        site="笏山石材产业园开发公司内网 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://oa.hsscyy.example.local/gw/show?id=20250903-02",
        title="关于石材废料综合利用情况的报告",
        record_title="关于石材废料综合利用情况的报告",
        date="2025-09-03",
        notes="intranet document view: a portal header, user and read-receipt lines, 文号 neutral, 抄送/印发 版记 kept at the end, a sign-off trail and watermark line",
        indent="\u3000\u3000",
        page="""
!m 笏山石材产业园开发有限公司 · 综合办公门户
!m 当前用户：生产部 何思远　|　已阅人数：27
{T}
笏石开发〔2025〕21号
{BODY}
!m 会签：生产部 → 安环部 → 总经理办公室（已签收）
!d 水印：内部文件 注意保密
!a [返回]　[打印]　[转发]
""",
        body="""
园区管委会：
现将我公司上半年石材废料综合利用情况报告如下。
一、基本情况。上半年园区企业共产生石材边角料和石粉约四万二千吨，综合利用三万六千吨，利用率为百分之八十五点七。
二、主要做法。建成石粉制砖生产线一条，年消纳石粉三万吨；边角料用于生产园林石材和人造石板材。
三、存在问题。石粉含水率高，运输过程中有扬尘和遗撒现象，部分小企业仍存在乱堆乱放问题。
四、下一步打算。新建石粉烘干设备，争取年底前综合利用率达到百分之九十以上。
笏山石材产业园开发有限公司
2025年9月3日
抄送：县生态环境局，县工业和信息化局。
笏山石材产业园开发有限公司办公室　2025年9月3日印发
""",
    ),
]
