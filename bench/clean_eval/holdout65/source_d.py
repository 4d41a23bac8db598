"""holdout65, part D: model aircraft (航模) clubs, contests and school activities of an
invented county, 鹞原县, on twelve kinds of site. Every text, site, person and URL is invented."""

CASES = [
    dict(
        slug="blog-yaofei-model-plane-first-flight",
        site="鹞飞的航模日志 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://yaofei.blog.example.net/post/2025/04/first-flight",
        title="第一架自己做的轻木滑翔机首飞记",
        record_title="第一架自己做的轻木滑翔机首飞记 - 鹞飞的航模日志",
        date="2025-04-13",
        notes="personal blog: a bracketed post time (the page's date), tags, 上一篇/下一篇 and a comment count; a reward prompt between paragraphs",
        page="""
!m 鹞飞的航模日志 | 拼木头，放飞机
!t 第一架自己做的轻木滑翔机首飞记 - 鹞飞的航模日志
!m 【2025-04-13 20:17】 阅读(264) 评论(9)
{BODY}
!l 标签：航模 滑翔机 轻木 首飞
!l « 上一篇：轻木片怎么选　｜　下一篇：舵机装反的教训 »
!l 9条评论 | 我要评论
""",
        body="""
周日一早，我带着做了三个星期的轻木滑翔机来到河滩，风速两级，正是首飞的好天气。
第一次手掷，飞机低头扎进了草里，检查后发现重心太靠前，在尾部加了两克配重。
⟦a 觉得有用？点个赞，打赏一杯咖啡☕⟧
第二次出手，飞机稳稳滑出去四十多米，落地时连一根翼肋都没断。
看着它在天上平飞的那几秒，三个星期的打磨都值了。
""",
    ),
    dict(
        slug="wechat-yaoyuan-youth-model-contest-html",
        site="鹞原青少年 (invented WeChat mirror)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.mirrorhub.example.com/a/yyqsn/20250508_01",
        title="关于举办鹞原县第六届青少年航空模型竞赛的通知",
        record_title="关于举办鹞原县第六届青少年航空模型竞赛的通知",
        date="2025-05-06",
        date_also=["2025-05-08"],
        notes="WeChat-style <section><span> mirror: account line and posting date (differs from the document's date; also accepted); a 关注 prompt; the document asks to 扫码报名",
        p_html="<section><span>{}</span></section>",
        page="""
<html><head><meta charset="utf-8"><title>关于举办鹞原县第六届青少年航空模型竞赛的通知</title></head><body>
<div class="rich_media">
<h1>⟦t 关于举办鹞原县第六届青少年航空模型竞赛的通知⟧</h1>
<div class="meta">⟦m 鹞原青少年　2025年5月8日 17:30　发表于河北⟧</div>
<section>⟦a 点击蓝字 关注我们⟧</section>
{BODY}
<section>⟦l 预览时标签不可点⟧</section>
<section>⟦a 阅读原文　分享　收藏　点赞　在看⟧</section>
<div class="mirror">⟦d 本页为公众号文章镜像，版权归原作者所有⟧</div>
</div></body></html>
""",
        body="""
各中小学校：
为普及航空科技知识，经研究，决定举办鹞原县第六届青少年航空模型竞赛。
一、比赛时间：2025年5月31日。
二、比赛项目：手掷滑翔机、橡筋动力飞机、电动遥控固定翼。
三、报名办法：各校于5月20日前扫描报名二维码填报参赛信息。
共青团鹞原县委　鹞原县教育和体育局
2025年5月6日
""",
    ),
    dict(
        slug="docshare-yunji-model-club-rules-html",
        site="云集文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.yunjidoc.example.com/doc/8812093.html",
        title="鹞原县航模俱乐部飞行场地安全管理规定",
        record_title="鹞原县航模俱乐部飞行场地安全管理规定.doc",
        date="2025-03-01",
        notes="sharing reader: the rules' articles speak of 打印/下载/扫码 (kept); a 'download the full doc' box and an uploader line",
        page="""
<html><head><meta charset="utf-8"><title>鹞原县航模俱乐部飞行场地安全管理规定.doc - 云集文档</title></head><body>
<div class="hd">⟦m 云集文档 — 资料共享平台⟧</div>
<h1>⟦t 鹞原县航模俱乐部飞行场地安全管理规定.doc⟧</h1>
<div class="info">⟦m 上传于 2025-10-17　3页　0.8元⟧ ⟦a 举报⟧</div>
<div class="doc">
{BODY}
</div>
<div class="dlbox">⟦a 下载此文档（0.8元）　加入VIP免费下⟧</div>
<div class="rel">⟦l 猜你喜欢：无人机飞行安全承诺书　航模社团活动计划⟧</div>
</body></html>
""",
        body="""
第一条　为保障飞行场地人员和设备安全，制定本规定。
第二条　进场飞行人员须在场地入口扫码登记，未登记的不得起飞。
第三条　遥控设备使用前须进行拉距测试，电池应存放在防爆袋内。
第四条　俱乐部每月打印飞行日志一次，会员可在群文件中下载当月飞行计划。
第五条　本规定自2025年3月1日起施行。
鹞原县航空模型俱乐部
2025年3月1日
""",
    ),
    dict(
        slug="edu-yaoyuan-school-aero-club-plan",
        site="鹞原县教育和体育局 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jtj.yaoyuan.example.gov.cn/jyjx/2025/0225/901.html",
        title="鹞原县中小学航空科普社团建设实施方案",
        record_title="鹞原县中小学航空科普社团建设实施方案",
        date="2025-02-25",
        notes="education portal text page; a numbered list and a table kept; 附件 kept; a font-size row glued after the first line",
        page="""
!m 鹞原县教育和体育局
!m 首页 ＞ 教育教学 ＞ 工作动态
{T}
!m 发布人：基教股　发布于：2025-02-25　访问量：311
{BODY}
!a 【我要打印】　【关闭窗口】
!m 主办：鹞原县教育和体育局　冀ICP备15017733号
""",
        body="""
为培养学生科学素养，现就全县中小学航空科普社团建设制定如下方案。⟦a 字号：放大 默认 缩小⟧
一、建设目标
到2025年底，全县每所中学和中心小学至少建成一个航空科普社团。
二、进度安排
阶段　时间　任务
启动　3月　学校申报
建设　4月至10月　配备器材、培训教师
验收　11月　县教体局组织评估
附件：航空科普社团申报表
鹞原县教育和体育局
2025年2月25日
""",
    ),
    dict(
        slug="oa-tianyu-drone-factory-minutes-html",
        site="天宇航模制造有限公司 OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.tianyu-models.example.local/meeting/view?id=2025-0611",
        title="天宇航模公司二季度安全生产例会纪要",
        record_title="天宇航模公司二季度安全生产例会纪要",
        date="2025-06-10",
        notes="OA meeting view with its approval opinion and read count; minutes' 时间/地点/主持/参会/记录 lines kept; 印发 line kept",
        page="""
<html><head><meta charset="utf-8"><title>会议管理 - 天宇协同办公</title></head><body>
<div class="oa-top">⟦m 天宇协同办公系统　欢迎您，安环部 何静⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦l 待办事项 | 公文管理 | 会议管理 | 通讯录⟧</div>
<h2>⟦t 天宇航模公司二季度安全生产例会纪要⟧</h2>
<div class="oa-bar">⟦a 打印　导出PDF　返回⟧</div>
{BODY}
<div class="oa-opinion">⟦m 审批意见：同意印发。——总经理 贾志强 2025-06-11 09:02⟧</div>
<div class="oa-read">⟦m 已读 41 / 未读 6⟧</div>
</body></html>
""",
        body="""
时间：2025年6月10日下午3时
地点：公司二楼会议室
主持：副总经理 韩立
参会：各车间主任、安环部全体人员
记录：何静
一、锂电池仓库存在超量存放问题，由总装车间于6月15日前整改完毕。
二、喷漆房通风设备老化，同意更换，费用由设备部列支。
三、7月起每月开展一次消防演练。
天宇航模制造有限公司办公室　2025年6月10日印发
""",
    ),
    dict(
        slug="qa-feiwen-model-battery-answer-html",
        site="飞问问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.feiwen.example.com/question/30017742",
        title="航模锂电池鼓包了还能用吗？",
        record_title="航模锂电池鼓包了还能用吗？ - 飞问问答",
        date=None,
        notes="Q&A page: best answer, a 回答于 with a relative time (no date), vote bar and related questions",
        page="""
<html><head><meta charset="utf-8"><title>航模锂电池鼓包了还能用吗？ - 飞问问答</title></head><body>
<div class="top">⟦m 飞问问答　有问题，就来飞问⟧ ⟦a 提问⟧</div>
<h1>⟦t 航模锂电池鼓包了还能用吗？⟧</h1>
<div class="q">⟦m 3个回答　被浏览 2,407 次⟧</div>
<div class="best">⟦m 最佳回答　航模老兵周工　回答于 5天前⟧</div>
{BODY}
<div class="vote">⟦l 赞同 118　反对　评论 12　收藏⟧</div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 3S电池充满电是多少伏？⟧</p><p>⟦l 电池长期不用要存储电压吗？⟧</p></div>
</body></html>
""",
        body="""
不建议再用。锂电池鼓包说明电芯内部已经产生气体，继续充放电有起火的风险。
正确的处理办法是：
1.先用放电器把电池放到空电，或者放进盐水里浸泡两天。
2.确认没有电后，用胶带包好电极，送到废旧电池回收点。
平时使用时不要过放，长期不用要充到存储电压，能大大减少鼓包。
""",
    ),
    dict(
        slug="anthology-lianqiao-aero-teacher-chapter-html",
        site="廉乔文集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.lianqiaowj.example.com/vol3/chapter07.html",
        title="带学生放飞的二十年",
        record_title="《廉乔文集》卷三·之七｜带学生放飞的二十年",
        date="2024-09-10",
        notes="collection chapter: volume prefix in the title, chapter nav, a 'years' year in text (a memoir) and a date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>《廉乔文集》卷三·之七｜带学生放飞的二十年</title></head><body>
<div class="bookname">⟦m 廉乔文集　一位乡村科学老师的笔记⟧</div>
<div class="chapnav">⟦l 卷一　卷二　卷三　卷四⟧</div>
<h2>⟦t 带学生放飞的二十年⟧</h2>
{BODY}
<div class="pager">⟦l 上一章：实验室里的蒸汽机⟧ ⟦l 回目录⟧ ⟦l 下一章：一只没有回来的风速仪⟧</div>
<div class="ft">⟦d 文集由作者家属整理，谢绝转载⟧</div>
</body></html>
""",
        body="""
二〇〇四年秋天，学校分来一箱橡筋动力飞机套材，从那以后，我的课余时间就和航模绑在了一起。
一开始没有场地，我们就在操场上放，飞机常常挂在白杨树上，学生们爬树去取，我在下面提心吊胆。
后来县里建了青少年活动中心，我们有了专门的训练场，学生在全省比赛中拿了三块金牌。
二十年过去，当年爬树取飞机的孩子，有两个成了飞机设计师。
二〇二四年九月十日
""",
        title_also=[],
        date_also=[],
    ),
    dict(
        slug="dangjian-yaoyuan-aero-base-party-speech",
        site="鹞原党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.yydj.example.gov.cn/ldjh/2025/0918/3304.html",
        title="在航空科普教育基地党员先锋岗授牌仪式上的讲话",
        record_title="【领导讲话】在航空科普教育基地党员先锋岗授牌仪式上的讲话",
        date="2025-09-18",
        notes="Party-building text page: speaker line (neutral) and date in Chinese numerals under the title; a 学习 prompt at the end",
        page="""
!m 鹞原党建网　建强堡垒　锻造先锋
!m 首页 › 领导讲话
!t 【领导讲话】在航空科普教育基地党员先锋岗授牌仪式上的讲话
县委常委、组织部部长　冯雅琴
（二〇二五年九月十八日）
{BODY}
!a 学党史 悟思想 —— 点击进入“鹞原e学”学习平台
!m 中共鹞原县委组织部　版权所有
""",
        body="""
同志们：
今天，我们为航空科普教育基地的五个党员先锋岗授牌。
基地成立三年来，党员教练带头钻研技术、带头服务学生，累计培训青少年航模爱好者四千多人次。
希望获牌的同志珍惜荣誉，把先锋岗建成技术过硬、服务过硬的示范岗。
谢谢大家。
""",
    ),
    dict(
        slug="hospital-yaoyuan-propeller-injury-tips",
        site="鹞原县中医医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="https://www.yyzyy.example.com/kepu/2025/0720/155.html",
        title="玩航模被螺旋桨划伤怎么办？急诊科医生教你正确处理",
        record_title="玩航模被螺旋桨划伤怎么办？急诊科医生教你正确处理",
        date="2025-07-20",
        notes="hospital text page: 24-hour emergency line and a booking prompt (chrome) beside the document's own sentence on calling 120; numbered steps",
        page="""
!m 鹞原县中医医院 · 健康科普
!a 预约挂号　｜　报告查询　｜　住院服务
{T}
!m 作者：急诊科 邱明　时间：2025-07-20　阅读：890
{BODY}
!w 急诊24小时服务电话：0319-5520120
!l 往期科普：中暑后别急着喝冰水　｜　蜂蛰后的家庭处理
""",
        body="""
夏季是航模活动的高峰期，急诊科近期接诊了多例被高速螺旋桨划伤手指的孩子。
被划伤后可以这样处理：
1.立即断开飞机电源，防止螺旋桨再次转动。
2.用干净纱布按压伤口止血，伤口较深时抬高伤肢。
3.出血不止或手指活动受限，应立即拨打120或到医院急诊处理。
建议孩子在飞行时佩戴防护手套，装桨和调试时一定先拔掉电池。
""",
    ),
    dict(
        slug="university-hebei-aero-lab-news-wrapped",
        site="冀中航空职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jzhk.example.edu.cn/xwzx/xyxw/2025/1012/4410.htm",
        title="我院学生在全国大学生航模竞赛中获一等奖",
        record_title="我院学生在全国大学生航模竞赛中获一等奖-冀中航空职业学院",
        date="2025-10-12",
        notes="college news page, hard-wrapped at 60 columns; 作者/审核 line at the end; 点击数; a 返回 row",
        wrap=60,
        page="""
!m 冀中航空职业学院　新闻中心
!m 首页 >> 学院新闻
!t 我院学生在全国大学生航模竞赛中获一等奖-冀中航空职业学院
!m 发布日期：2025-10-12　点击数：1563
{BODY}
!m 文/无人机系 郝杰　图/学生记者团　审核/宣传部
!a [返回上一页]　[打印本页]
""",
        body="""
10月8日至11日，第十九届全国大学生航空模型竞赛在西北某赛区举行，我院无人机系代表队获得固定翼载重项目一等奖。
比赛中，我院学生自主设计的机型在限定翼展内载重四点二公斤，成绩位列全部参赛高校第二。
代表队指导教师表示，这次获奖是学院推行“以赛促教”的成果，下一步将把竞赛项目引入日常课程。
""",
    ),
    dict(
        slug="localforum-yaoyuan-model-field-noise-jammer-html",
        site="鹞原在线论坛 (invented)",
        style="地方论坛",
        genre="投诉回复",
        kind="other",
        form="html",
        source="http://bbs.yaoyuan.example.cn/viewthread.php?tid=112093",
        title="关于河滩航模飞行场噪音扰民问题的回复",
        record_title="[民生回复] 关于河滩航模飞行场噪音扰民问题的回复 - 鹞原在线",
        date="2025-08-05",
        notes="county forum with jammer fonts; an official reply posted by the moderator; the reply's own 联系电话 kept",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="gbk"><title>[民生回复] 关于河滩航模飞行场噪音扰民问题的回复 - 鹞原在线</title></head><body>
<div id="hd">⟦m 鹞原在线 · 鹞原人自己的论坛⟧</div>
<div id="nv">⟦l 首页　民生直通车　二手交易　招聘求职⟧</div>
<div id="pt">⟦m 鹞原在线 » 民生直通车 » 帖子⟧</div>
<h1>⟦t [民生回复] 关于河滩航模飞行场噪音扰民问题的回复⟧</h1>
<div class="authi">⟦m 版主_民生直通车　发表于 2025-8-6 10:12⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：有事找版主，民生直通车为您服务⟧</div>
<div id="ft">⟦m 鹞原在线　冀ICP备09022451号⟧</div>
</body></html>
""",
        date_also=["2025-08-06"],
        body="""
网友“滨河小区老赵”：您反映的河滩航模飞行场噪音扰民问题收悉。
经县体育中心现场核查，该场地夜间确有俱乐部会员飞行电动模型。
现已要求俱乐部将飞行时间限定在每日8时至12时、15时至19时，并在场地入口公示。
如仍有问题，请拨打县体育中心电话0319-5531072反映。
鹞原县体育中心
2025年8月5日
""",
    ),
    dict(
        slug="download-moxing-rc-plane-checklist",
        site="模型资料下载站 (invented)",
        style="资料下载站",
        genre="清单",
        kind="other",
        form="text",
        source="http://www.moxingzl.example.com/down/doc/2231.html",
        title="遥控固定翼飞机飞行前检查清单",
        record_title="遥控固定翼飞机飞行前检查清单.pdf",
        date=None,
        notes="download station text page: file info, mirror links and an error-report link; a checklist with placeholders kept; no date",
        page="""
!m 模型资料下载站 —— 航模人的资料库
!m 当前位置：首页 » 技术文档 » 固定翼
!t 遥控固定翼飞机飞行前检查清单.pdf
!m 文件大小：212KB　语言：简体中文　授权：免费　更新：2025-09-30
{BODY}
!a 本地高速下载　|　网盘下载（提取码 mx66）
!a 下载出错？点此报错
!d 本站资源仅供学习交流，请于下载后24小时内删除
""",
        body="""
机型：________　飞手：________　日期：____年__月__日
1.检查机翼、尾翼连接是否牢固，舵面有无松动。
2.检查重心位置是否在设计范围内。
3.打开遥控器后再接通飞机电源，确认舵面动作方向正确。
4.进行拉距测试，距离不少于三十米。
5.确认电池电量充足，风速不超过四级。
""",
    ),
]
