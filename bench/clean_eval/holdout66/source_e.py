"""holdout66, part E: florists, flower markets and flower arrangers. Invented text."""

CASES = [
    dict(
        slug="hospital-lixi-ward-flower-ban-html",
        site="璐溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lxxrmyy.com/yygg/2024/1105/331.html",
        title="关于重症监护病区谢绝鲜花探视的温馨提示",
        record_title="关于重症监护病区谢绝鲜花探视的温馨提示_璐溪县人民医院",
        date="2024-11-05",
        notes="hospital page with floating consult box; ward's phone kept beside the booking line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于重症监护病区谢绝鲜花探视的温馨提示_璐溪县人民医院</title></head><body>
<div class="hd">⟦m 璐溪县人民医院⟧ ⟦m 二级甲等综合医院⟧</div>
<div class="nav">⟦m 医院概况 科室导航 专家介绍 就医指南 健康科普⟧</div>
<div class="loc">⟦m 首页 &gt; 医院公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布：护理部　日期：2024-11-05⟧</div>
{BODY}
<div class="float">⟦w 在线客服　预约挂号 0873-5512000⟧</div>
<div class="ft">⟦m 地址：璐溪县健康路1号⟧ ⟦m 滇ICP备13001922号⟧</div>
</body></html>
""",
        body="""
各位患者家属：
鲜花和绿植可能携带花粉、真菌和细菌，对免疫力低下的重症患者存在感染风险。即日起，重症监护病区谢绝携带鲜花、盆栽探视。
您的祝福可以通过护士站转交贺卡或录制语音的方式传达。
如有疑问，请咨询重症医学科护士站，电话：0873-5512316。
护理部
2024年11月5日
""",
    ),
    dict(
        slug="university-zhuyuan-garden-flower-course",
        site="珠苑农业职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://yyxy.zyny.edu.cn/xwdt/2025/0312/1180.htm",
        title="园艺学院花艺专业学生走进花卉市场开展实践教学",
        record_title=None,
        date="2025-03-12",
        notes="college news; no record title; reviewer line; photo caption inside body",
        page="""
!m 珠苑农业职业学院园艺学院
!m 学院首页 | 学院概况 | 教学科研 | 学生工作 | 招生就业
{T}
!m 作者：宁雪　来源：园艺学院　发布时间：2025-03-12　浏览次数：410
{BODY}
!m 初审：宁雪　复审：包文　终审：谭一帆
!l 【上一篇】园艺学院召开新学期教学工作会
!l 【下一篇】我院学子获省花艺技能大赛二等奖
""",
        body="""
3月10日，园艺学院花艺专业2023级学生在专业教师带领下，走进珠苑花卉批发市场开展实践教学。
学生们分组向花商请教鲜切花分级、保鲜和包装等知识，并现场完成一件桌花作品。
⟦m 图为学生在花卉市场练习花束包装。⟧
带队教师表示，把课堂搬进市场，能让学生更直观地了解行业需求。
""",
    ),
    dict(
        slug="localforum-yuecheng-flower-street-post-html",
        site="玥城在线论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://bbs.yuechengol.com/thread-71620-1-1.html",
        title="花市街商户门前三包倡议书",
        record_title="[转帖] 花市街商户门前三包倡议书 - 玥城茶馆 - 玥城在线论坛",
        date="2025-01-20",
        date_also=["2025-01-22"],
        notes="old table forum; poster column; signature; post date vs document date",
        page="""
<html><head><meta charset="gbk"><title>[转帖] 花市街商户门前三包倡议书 - 玥城茶馆 - 玥城在线论坛</title></head><body>
<table width="100%"><tr><td>⟦m 玥城在线论坛⟧</td><td>⟦a 登录⟧ ⟦a 注册⟧</td></tr></table>
<table width="100%"><tr><td>⟦m 玥城在线论坛 » 玥城茶馆 » 正文⟧</td></tr></table>
<table width="100%" border="1"><tr><td width="160">⟦m 花街小铺⟧<br>⟦m 帖子 88 积分 301⟧</td>
<td><h2>{T}</h2><div>⟦m 发表于 2025-1-22 11:08⟧</div>
{BODY}
<div class="sig">⟦l 本店承接婚礼花艺、开业花篮⟧</div></td></tr></table>
<div>⟦l 快速回复　发表帖子⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
花市街各位商户：
春节临近，花市街客流大增。为营造干净整洁的购花环境，倡议大家做到：
一、门前不堆放包装纸箱和残枝败叶，随时清扫。
二、花桶、货架不超出门前黄线。
三、浇花废水倒入下水道，不泼洒在人行道上。
花市街商户联谊会
2025年1月20日
""",
    ),
    dict(
        slug="download-huahui-florist-shop-plan",
        site="花卉资料库 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.huahuiziliao.com/down/8817.html",
        title="社区花店开业策划方案",
        record_title="社区花店开业策划方案.doc下载",
        date=None,
        title_in="decorated",
        notes="download station text; file info lines; numbered list; no date",
        page="""
!m 花卉资料库 — 园艺人的资料下载站
!m 资料分类：经营管理　资料格式：doc　资料大小：31KB　更新时间：2024-04-22
!t 社区花店开业策划方案.doc下载
{BODY}
!a 【本地下载】　【网通下载】　【迅雷下载】
!a 如遇下载失败，请点击报告错误
!d 本站所有资料均为网友上传，仅供学习交流
""",
        body="""
一、开业时间：选择周五开业，衔接周末客流。
二、活动内容：
1.开业三天，每位进店顾客赠送单支康乃馨一支。
2.办理会员卡充值200元送50元。
3.店内设置拍照打卡花墙。
三、宣传方式：社区业主群发布开业信息，门口摆放易拉宝，邀请社区居民到店参加插花体验课。
四、预算：总计约6000元，其中赠花2000元，物料3000元，其他1000元。
""",
    ),
    dict(
        slug="exam-qishan-florist-skill-notice-html",
        site="琪山县人力资源和社会保障局 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsj.qishan.gov.cn/ksxx/2024/0520/2281.html",
        title="琪山县2024年插花花艺师职业技能等级认定考试公告",
        record_title="琪山县2024年插花花艺师职业技能等级认定考试公告",
        date="2024-05-20",
        notes="exam page; 打印准考证 kept; consult phone; timetable table",
        page="""
<html><head><meta charset="utf-8"><title>琪山县人力资源和社会保障局</title></head><body>
<div class="top">⟦m 琪山县人力资源和社会保障局⟧</div>
<div class="nav">⟦m 首页 就业创业 社会保障 考试信息 办事指南⟧</div>
<div class="path">⟦m 当前位置：考试信息⟧</div>
<h2>{T}</h2>
<div class="rq">⟦m 时间：2024-05-20　来源：县职业技能鉴定所⟧</div>
{BODY}
<div class="tool">⟦a 打印本页⟧ ⟦a 关闭⟧</div>
<div class="ft">⟦m 琪山县人社局版权所有　技术支持：城市网络⟧</div>
</body></html>
""",
        body="""
一、报考等级：插花花艺师五级、四级。
二、考试安排：
等级　理论考试　实操考试
五级　6月15日上午　6月15日下午
四级　6月16日上午　6月16日下午
三、考生于6月10日后自行打印准考证，实操考试所需花材由考点统一提供。
四、咨询电话：0878-3120446
琪山县职业技能鉴定所
2024年5月20日
""",
    ),
    dict(
        slug="tender-lujiang-flower-decoration-bid",
        site="璞岭县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.puling.gov.cn/cggg/2024/0902/6612.html",
        title="璞岭县国庆节城区花卉布置项目竞争性磋商公告",
        record_title="璞岭县国庆节城区花卉布置项目竞争性磋商公告",
        date="2024-09-02",
        notes="tender text; purchaser and agency contacts kept; site hotline chrome",
        page="""
!m 璞岭县政府采购网
!m 首页 > 采购公告 > 竞争性磋商
{T}
!m 发布日期：2024-09-02　浏览：77
{BODY}
!m 平台操作咨询：0871-6812 0000（工作日9:00-17:00）
!l 上一条：县第一中学食堂设备采购项目中标公告
""",
        body="""
一、项目编号：PLCG-2024-C119
二、采购内容：城区主干道及广场国庆花卉布置，含立体花坛3座、花箱400组。
三、预算金额：68万元。
四、获取磋商文件时间：2024年9月3日至9月9日。
五、采购人：璞岭县城市管理局　联系人：施先生　电话：0871-6812 3325
六、采购代理机构：璞岭明远项目管理有限公司　联系人：毕女士　电话：0871-6812 7710
""",
    ),
    dict(
        slug="lawfirm-zhengyuan-florist-lease-dispute-html",
        site="正源律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.zhengyuanlaw.com/case/2025/0227/88.html",
        title="花店转让后原房东拒绝续租，受让人如何维权？",
        record_title="案例解析｜花店转让后原房东拒绝续租，受让人如何维权？",
        date="2025-02-27",
        notes="law firm with consult QR; disclaimer; date in byline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>案例解析｜花店转让后原房东拒绝续租，受让人如何维权？-正源律师事务所</title></head><body>
<header>⟦m 正源律师事务所⟧ ⟦m 专注商事与不动产纠纷⟧</header>
<nav>⟦m 首页 | 律师团队 | 业务领域 | 案例解析 | 联系我们⟧</nav>
<h1>{T}</h1>
<p class="meta">⟦m 发布日期：2025-02-27　作者：正源律所 商事部⟧</p>
{BODY}
<div class="consult">⟦w 扫码添加律师微信，首次咨询免费⟧</div>
<div class="disc">⟦d 以上内容仅供参考，不代表本所对个案的法律意见。⟧</div>
<footer>⟦m 地址：琛州市五一路206号⟧ ⟦m 电话：0735-2280099⟧</footer>
</body></html>
""",
        body="""
基本案情：刘女士花八万元从前店主手中接下一间花店，未与房东重新签订租赁合同。一年后房东以合同到期为由要求收回房屋。
律师分析：店铺转让须经房东同意；前店主的租赁合同到期后，受让人无权要求房东续租。刘女士可以向前店主主张返还部分转让费。
律师提示：接手店铺时，务必与房东签订新的租赁合同。
""",
    ),
    dict(
        slug="community-tangyang-flower-swap",
        site="和畅社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hechang.sqw.example.cn/news/2025/0401.html",
        title="和畅社区“以花换花”绿植交换活动通知",
        record_title="【社区活动】和畅社区“以花换花”绿植交换活动通知",
        date="2025-04-01",
        notes="residents' site; sentence telling residents to 扫码/关注 kept; service line",
        page="""
!m 和畅社区服务网
!m 首页 > 社区活动
!t 【社区活动】和畅社区“以花换花”绿植交换活动通知
!m 发布时间：2025-04-01　阅读：96
{BODY}
!a 点赞　收藏　转发
!m 和畅社区党群服务中心　0873-5520101
""",
        body="""
各位居民朋友：
春暖花开，社区将于4月12日（星期六）上午9时在中心花园举办“以花换花”绿植交换活动。
居民可带上自家多余的盆栽、扦插苗、花种参加交换，社区花店志愿者现场讲解养护知识。
请关注社区公众号，活动照片将在公众号发布。
和畅社区居民委员会
2025年4月1日
""",
    ),
    dict(
        slug="association-huaxie-florist-industry-report-html",
        site="瑭阳市花卉协会 (invented)",
        style="行业协会",
        genre="调研报告",
        kind="report",
        form="html",
        source="http://www.tyhhxh.org.cn/xhdt/2025/0115/207.html",
        title="瑭阳市2024年鲜花零售行业调研报告",
        record_title="瑭阳市2024年鲜花零售行业调研报告",
        date="2025-01-15",
        notes="association site with member login; data table; chinese-numeral date",
        page="""
<html><head><meta charset="utf-8"><title>瑭阳市花卉协会-瑭阳市2024年鲜花零售行业调研报告</title></head><body>
<div class="head">⟦m 瑭阳市花卉协会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div class="nav">⟦m 首页 协会简介 行业资讯 会员风采 政策法规⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 信息来源：协会秘书处　点击：188⟧</div>
{BODY}
<div class="tags">⟦l 关键词：鲜花 零售 调研⟧</div>
<div class="ft">⟦m 瑭阳市花卉协会　黔ICP备19008812号⟧</div>
</body></html>
""",
        body="""
2024年，协会对全市312家花店开展了问卷调查，回收有效问卷268份。主要情况如下：
指标　2023年　2024年
户均年销售额（万元）　41.2　44.8
线上订单占比　38%　47%
从业人员（人）　1150　1210
调查显示，节日订单占全年销售额近四成，同质化竞争较为突出。建议会员花店发展花艺课程、企业绿植租摆等多元业务。
瑭阳市花卉协会
二〇二五年一月十五日
""",
    ),
    dict(
        slug="corp-fanghua-flower-recall-notice",
        site="芳华鲜花电商 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.fanghuaflower.com/about/notice/2024-08-09.html",
        title="关于部分批次保鲜剂包装标签错误的公告",
        record_title="关于部分批次保鲜剂包装标签错误的公告 - 芳华鲜花",
        date="2024-08-09",
        notes="company site; customer line kept in body; shop nav and cart chrome",
        page="""
!m 芳华鲜花 | 全城3小时送达
!m 鲜花　绿植　花艺课程　企业服务　购物车(0)
{T}
!m 2024-08-09　芳华鲜花客服中心
{BODY}
!a 立即订花　　领取新人券
!d 芳华鲜花电子商务有限公司 © 2015-2024
""",
        body="""
尊敬的顾客：
经自查，我司于7月15日至7月31日随花束赠送的鲜花保鲜剂小包装，标签上的使用比例印刷有误，正确用法为每包兑水500毫升。
保鲜剂本身质量合格，按错误比例使用不会造成危害，仅影响保鲜效果。
如有疑问，请拨打客服电话400-617-8866。给您带来不便，敬请谅解。
芳华鲜花电子商务有限公司
2024年8月9日
""",
    ),
    dict(
        slug="training-yiyuan-flower-arranging-lesson-html",
        site="艺苑花艺培训 (invented)",
        style="培训机构",
        genre="教案",
        kind="plan",
        form="html",
        source="https://www.yiyuanhy.com/course/kc/204.html",
        title="零基础花艺课第三课：手绑螺旋花束",
        record_title="零基础花艺课第三课：手绑螺旋花束_艺苑花艺培训",
        date=None,
        notes="training site with float box and sign-up button; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>零基础花艺课第三课：手绑螺旋花束_艺苑花艺培训</title></head><body>
<header>⟦m 艺苑花艺培训⟧ <span>⟦m 全国连锁花艺学校⟧</span></header>
<nav>⟦m 首页 课程体系 师资团队 学员作品 校区分布⟧</nav>
<h1>{T}</h1>
{BODY}
<div class="btn">⟦a 立即预约试听课⟧</div>
<div class="float">⟦w 课程顾问 微信 yiyuan-huayi 电话 400-816-2780⟧</div>
<footer>⟦d 课程内容版权归艺苑花艺所有⟧</footer>
</body></html>
""",
        body="""
本课目标：掌握螺旋花束的手绑技法，完成一束直径约30厘米的圆形花束。
材料：玫瑰10支、洋桔梗5支、尤加利叶若干、拉菲草一段。
步骤：
1.清理花材，去掉花茎下部叶片。
2.主花居中，其余花材按同一方向斜放，边加边转。
3.绑点握紧，用拉菲草缠绕固定，剪齐花茎。
课后作业：回家用超市花材练习一次，拍照上传到学员群。
""",
    ),
]
