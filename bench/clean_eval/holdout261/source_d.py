"""holdout261, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text, written by hand."""

CASES = [
    dict(
        slug="localforum-haichuan-basket-stall-move",
        site="醢川论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.haichuan.example/thread-90212-1-1.html",
        title="关于菜篮子便民摊点搬迁的通知",
        record_title="[转帖] 关于菜篮子便民摊点搬迁的通知 - 醢川民生 - 醢川论坛",
        date="2024-10-08",
        date_also=["2024-10-09"],
        notes="county forum with jammer fonts and a weather line; forum post date differs from 成文日期",
        junk=dict(lines=1, glued=1),
        p_html="{}<br>",
        page="""
<html><head><meta charset="utf-8"><title>[转帖] 关于菜篮子便民摊点搬迁的通知 - 醢川民生 - 醢川论坛</title></head><body>
<div class="top">⟦m 醢川论坛 醢川人的网上客厅⟧ ⟦m 今日醢川：多云 14~22℃⟧</div>
<div class="pt">⟦m 醢川论坛 › 醢川民生⟧</div>
<div class="subject">{T}</div>
<div class="authi">⟦m 楼主 街坊老刘 发表于 2024-10-09 07:51⟧</div>
{BODY}
<div class="ad">⟦w 全屋藤艺软装，到店送靠垫，微信 hc_tengyi88⟧</div>
<div class="reply">⟦l 2楼 晨跑的猫：新地点停车方便多了⟧</div>
<div class="ft">⟦m 醢川论坛 Powered by Discuz!⟧</div>
</body></html>
""",
        body="""
各经营户：
因城东农贸市场改造，原设在市场北门的菜篮子便民摊点于10月15日起搬迁至滨河路临时市场。
一、搬迁时间：10月12日至14日。
二、摊位按原编号对应安排，请经营户扫码确认新摊位。
三、搬迁期间如有困难，请与街道联系。联系人：贺平，电话：0736-8833412。
醢川县城东街道办事处
2024年10月8日
""",
    ),
    dict(
        slug="localforum-jichuan-salt-jar-found",
        site="齑川生活网论坛 (invented)",
        style="地方论坛",
        genre="论坛帖",
        kind="post",
        form="text",
        source="http://www.jichuanlife.example/bbs/t-33081.html",
        title="老屋拆迁翻出一对清代盐罐，有懂的吗",
        record_title=None,
        date=None,
        notes="text county forum; missing title, found as the thread subject; relative time; one line body",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 齑川生活网 › 齑川杂谈
{T}
!m 楼主：古井边　发表于 刚刚　只看楼主
{BODY}
!l 沙发　收藏客：建议找县博物馆看看
!a 回帖请先登录或注册
""",
        body="""
前几天老屋拆迁，在灶屋地下翻出一对盐罐，罐身青灰色，上面刻着“咸丰”两个字，罐口用木塞封着。
我爷爷说，这是他爷爷的爷爷用过的，以前盐贵，怕受潮就埋在灶边。
想问问论坛里的朋友，这种盐罐有没有收藏价值，要怎么清理才不会弄坏？
我已经拍了照片，等天晴再拿去给县博物馆的老师看看，结果出来再跟大家说，先谢谢各位了。
""",
    ),
    dict(
        slug="download-ziyuan-paddle-rules",
        site="资源仓下载站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="regulation",
        form="html",
        source="http://www.ziyuancang.example/soft/66120.html",
        title="中央厨房饭勺清洗消毒操作规程",
        record_title="中央厨房饭勺清洗消毒操作规程.wps",
        date=None,
        notes="old gb2312 download station with file-info table, three mirror links, dead-link report",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>中央厨房饭勺清洗消毒操作规程.wps - 资源仓下载站</title></head><body>
<table><tr><td>⟦m 资源仓下载站 www.ziyuancang.example⟧</td></tr></table>
<table><tr><td>⟦m 文件大小：36KB⟧</td><td>⟦m 文件格式：WPS⟧</td><td>⟦m 添加于：前天⟧</td></tr></table>
<h3>{T}</h3>
{BODY}
<table><tr><td>⟦a 仓内高速通道一⟧</td><td>⟦a 仓内高速通道二⟧</td><td>⟦a 电信备用通道⟧</td></tr></table>
<p>⟦a 地址失效？点此告诉仓管员⟧</p>
<p>⟦d 资源仓所有文件均收集自网络，仅供交流⟧</p>
</body></html>
""",
        body="""
第一条　本规程适用于中央厨房所有饭勺、菜勺的清洗消毒。
第二条　饭勺使用后先用清水冲去残渣，再用洗洁精刷洗，最后用流动水冲净。
第三条　清洗后的饭勺放入热力消毒柜，温度不低于100℃，时间不少于15分钟。
第四条　消毒后的饭勺存放在专用保洁柜内，不得与生食工具混放。
第五条　操作人员每班次填写消毒记录，由班组长签字确认。
""",
    ),
    dict(
        slug="download-wendang-vinegar-plan",
        site="文档快车 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://wdkuaiche.example/down/8812.html",
        title="醋坊开放日活动方案",
        record_title="醋坊开放日活动方案.docx",
        date="2024-04-02",
        notes="text download page; file-name title; 成文日期; numbered list",
        page="""
!m 文档快车 - 方案策划 - 活动方案
!t 醋坊开放日活动方案.docx
!m 大小：24KB　更新：3 小时前　下载次数：77
!a ▼ 快车直达下载　▼ 普通下载
{BODY}
!d 本站资源来自网友，若有版权问题请与我们联系。
""",
        body="""
为让市民了解传统酿醋工艺，醯水县老醋坊定于4月20日举办开放日活动。
一、活动内容
1.参观晒醋场和醋缸。
2.体验灌醋、贴标签，每人可带走一瓶自己灌装的陈醋。
3.醋瓶回收兑换：带一只空醋瓶可换一小包醋饼。
二、报名方式
请扫码填写报名信息，名额限120人。
三、安全要求
参观时不得靠近醋缸边缘，儿童须由家长陪同。
醯水县老醋坊
2024年4月2日
""",
    ),
    dict(
        slug="exam-renshi-basket-skill-test",
        site="鹾城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.cuochengpta.example/kwgg/2024/0615/221.html",
        title="关于竹编工职业技能等级认定考核安排的通知",
        record_title="【考务公告】关于竹编工职业技能等级认定考核安排的通知 - 鹾城人事考试网",
        date="2024-06-15",
        record_date="2024-06-15",
        notes="exam site with maintenance banner and entry float; exam committee's 咨询电话 beside technical line; timetable",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【考务公告】关于竹编工职业技能等级认定考核安排的通知 - 鹾城人事考试网</title></head><body>
<div class="banner">⟦d 系统将于周六凌晨升级，届时暂停报名服务⟧</div>
<div class="hd">⟦m 鹾城人事考试网⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 发布日期：2024-06-15　信息来源：考务科⟧</div>
{BODY}
<div class="float">⟦a 考生入口 ▸ 报名/缴费/打证⟧</div>
<footer>⟦m 网站技术问题请拨：0746-3300018⟧</footer>
</body></html>
""",
        body="""
各位考生：
竹编工（菜篮编织方向）职业技能等级认定考核定于7月6日举行，现将有关事项通知如下：
科目　时间　地点
理论知识　7月6日9:00—10:30　鹾城职业技术学校
技能操作　7月6日14:00—17:00　鹾城职业技术学校实训楼
请考生于7月1日起登录本网下载打印准考证，考试时携带身份证和准考证。
咨询电话：0746-3300251。
""",
    ),
    dict(
        slug="exam-kaoshi-chair-interview-list",
        site="饴山人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.yishan.example/tzgg/4413.html",
        title="饴山县藤编产业服务中心公开招聘工作人员面试公告",
        record_title="饴山县藤编产业服务中心公开招聘工作人员面试公告",
        date="2024-08-05",
        notes="text exam page; title as in the record; 成文日期; table",
        page="""
!m 饴山人事考试信息网 > 通知公告
{T}
!m 浏览 1532 次
{BODY}
!a [打印] [关闭]
!m 考试服务热线：0736-7710400
""",
        body="""
根据招聘工作安排，现将面试有关事项公告如下：
一、面试时间：2024年8月12日上午8:30。
二、面试地点：饴山县人社局四楼。
三、面试人员名单：
岗位　姓名　笔试成绩
藤椅设计岗　卫若晴　78.5
市场推广岗　房立军　74.0
四、面试人员须携带身份证原件按时报到。联系电话：0736-7710526。
饴山县人力资源和社会保障局
2024年8月5日
""",
    ),
    dict(
        slug="tender-zhaobiao-salt-jar-lot",
        site="鹾城公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.cuocheng.example/jyxx/zfcg/2024/0320/0091.html",
        title="鹾城市救助站生活物资（盐罐等厨具）采购询价公告",
        record_title="【询价】鹾城市救助站生活物资（盐罐等厨具）采购询价公告",
        date="2024-03-20",
        notes="tender portal with countdown and CA line; purchaser and agency contacts",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【询价】鹾城市救助站生活物资（盐罐等厨具）采购询价公告</title></head><body>
<div class="hd">⟦m 鹾城公共资源交易网⟧ ⟦m 交易大厅⟧ ⟦m 信息公开⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-03-20　距报价截止还剩 4 天 06 时⟧</div>
{BODY}
<footer>⟦m 数字证书办理热线：400-880-3321⟧ ⟦m 交易系统服务电话：0746-8122000⟧</footer>
</body></html>
""",
        body="""
鹾城市救助站生活物资采购项目现进行询价，欢迎合格供应商参加。
包号　物资名称　数量
1　陶制盐罐　200只
2　不锈钢饭勺　300把
3　竹编菜篮　150只
报价截止时间：2024年3月27日17:00。
采购人：鹾城市救助站，联系人：任怡，电话：0746-8120331。
代理机构：鹾城正衡招标代理有限公司，联系人：谭凯，电话：0746-8127715。
""",
    ),
    dict(
        slug="tender-zhongbiao-rattan-chair-result",
        site="甒原县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zfcg.wuyuan.example/zbgg/2024/5521.html",
        title="甒原县敬老院藤椅采购项目中标结果公告",
        record_title="甒原县敬老院藤椅采购项目中标结果公告_中标公告_甒原县政府采购网",
        date="2024-07-19",
        notes="text tender page; bid result table; 成文日期",
        page="""
!m 甒原县政府采购网　当前位置：首页＞中标公告
{T}
!m 信息来源：县采购中心　点击：96
{BODY}
!m 采购平台客服：0736-6019900
""",
        body="""
甒原县敬老院藤椅采购项目（编号：WY2024-031）评审工作已结束，现将结果公告如下：
中标供应商　中标金额
馓田藤业有限公司　68400元
采购内容：藤椅120把，每把单价570元，交货期30天。
公告期限为1个工作日。对结果有异议的，可在公告期满之日起七个工作日内提出质疑。
甒原县政府采购中心
2024年7月19日
""",
    ),
    dict(
        slug="law-lvsuo-vinegar-bottle-injury",
        site="正衡律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="article",
        form="html",
        source="https://www.zhenghenglaw.example/case/2024/117.html",
        title="醋瓶爆裂伤人，商家要担责吗",
        record_title="普法课堂丨醋瓶爆裂伤人，商家要担责吗 - 正衡律师事务所",
        date=None,
        notes="law firm with lawyer card, consult float, 400 line and 本文链接 block; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>普法课堂丨醋瓶爆裂伤人，商家要担责吗 - 正衡律师事务所</title></head><body>
<div class="hd">⟦m 正衡律师事务所 · 以事实为据⟧ ⟦m 法律咨询 400-060-1717⟧</div>
<h1>{T}</h1>
<div class="card">⟦m 撰稿律师：沈君豪 执业证号 14309202110288⟧</div>
{BODY}
<div class="link">⟦m 本文链接：https://www.zhenghenglaw.example/case/2024/117.html⟧</div>
<div class="float">⟦w 律师在线 点我免费咨询⟧</div>
</body></html>
""",
        body="""
顾女士在超市买了一瓶陈醋，回家拧瓶盖时醋瓶突然爆裂，手被划伤，花去医药费3000余元。
根据产品质量法，因产品存在缺陷造成他人人身损害的，受害人可以向生产者要求赔偿，也可以向销售者要求赔偿。
本案中，醋瓶在正常使用时爆裂，可以认定存在缺陷，顾女士有权要求超市先行赔偿。
律师提醒：遇到此类情况，要保留醋瓶碎片、购物小票和就诊记录。
""",
    ),
    dict(
        slug="law-falv-basket-rent-letter",
        site="明律律所网站 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.minglvlaw.example/news/2024/66.html",
        title="关于菜篮子市场摊位租赁纠纷的律师函",
        record_title="律师函｜关于菜篮子市场摊位租赁纠纷的律师函 - 明律律所",
        date="2024-05-27",
        notes="text law firm page; a lawyer's letter with 成文日期",
        page="""
!m 明律律师事务所　首页 / 律所动态
{T}
!m 明律律所 主任律师 方楚
{BODY}
!w 遇到租赁纠纷？扫码添加律师助理
!m 明律律所 地址：醢川县人民路9号
""",
        body="""
醢川县惠民菜篮子市场管理有限公司：
本所受摊主孙桂芳委托，就摊位租赁纠纷一事致函贵司。
孙桂芳于2023年3月与贵司签订摊位租赁合同，租期三年，已按约支付租金。贵司于今年5月以市场改造为由要求其立即搬离，未给予任何补偿。
请贵司在收到本函之日起七日内与委托人协商解决，否则本所将依法提起诉讼。
明律律师事务所
2024年5月27日
""",
    ),
]
