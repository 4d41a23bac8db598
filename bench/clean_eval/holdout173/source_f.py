"""holdout173, part F: vacuum-insulated cups (保温杯) — a cup makers' association, a cup company,
a barista-free brewing course, a writing app, an exam forum, an entry, a cloud drive, a cache,
a print view and a forwarded recall. Invented text throughout."""

CASES = [
    dict(
        slug="assoc-baowenbei-self-discipline",
        site="永湾县日用五金制品协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.ywwjxh.example.org.cn/hyzl/2025/0918/301.html",
        title="保温杯生产企业质量诚信自律公约",
        record_title="保温杯生产企业质量诚信自律公约_行业自律_永湾县日用五金制品协会",
        date="2025-09-18",
        notes="association with gb2312 table header and a member-login box; signature and date kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>保温杯生产企业质量诚信自律公约_行业自律_永湾县日用五金制品协会</title></head><body>
<table width="1000"><tr><td>⟦m 永湾县日用五金制品协会⟧</td><td>⟦a 会员用户名 密码 登录 | 申请入会⟧</td></tr>
<tr><td colspan="2">⟦m 首页 协会简介 行业自律 政策法规 会员名录 联系我们⟧</td></tr></table>
<h2>{T}</h2>
<p>⟦m 发布时间：2025-9-18　来源：协会秘书处　阅读：[312]⟧</p>
{BODY}
<p>⟦l 【上一篇】协会组织会员企业赴外省考察⟧<br>⟦l 【下一篇】关于缴纳2025年度会费的通知⟧</p>
<p>⟦m 协会地址：永湾县五金城管理大楼3楼　电话：0579-8713 3020⟧</p>
</body></html>
""",
        body="""
为维护永湾保温杯区域品牌声誉，促进行业健康发展，全体会员企业共同订立本公约。
第一条　严格执行国家标准，不使用不符合食品接触要求的不锈钢材料，不以二〇一不锈钢冒充三〇四或三一六不锈钢。
第二条　如实标注保温性能，不夸大保温时长，不虚假标注材质。
第三条　不低于成本价恶意竞争，不仿冒他人外观设计和商标。
第四条　会员企业违反本公约的，由协会予以通报批评，情节严重的取消会员资格。
永湾县日用五金制品协会
2025年9月18日
""",
    ),
    dict(
        slug="company-baowenbei-care-guide",
        site="暖途杯业 (invented)",
        style="企业官网",
        genre="说明",
        kind="other",
        form="text",
        source="https://www.nuantu-cup.example.com/service/faq/care.html",
        title="保温杯使用与保养说明",
        record_title=None,
        date=None,
        notes="company FAQ; service float; numbered list mentions 扫码 as content; no date",
        page="""
!m 暖途杯业 NUANTU　｜　产品　｜　服务　｜　关于我们
!m 服务支持 / 常见问题
{T}
{BODY}
!w 在线客服 9:00-21:00　售后热线 400-600-8817
!d ©2025 暖途杯业 版权所有
""",
        body="""
1. 新杯首次使用前，请用温水加少量食用碱清洗，再用开水烫洗一遍。
2. 使用前先用少量开水预热三分钟，保温效果更好。
3. 不宜盛装碳酸饮料、牛奶、果汁及中药，以免腐蚀内胆或滋生细菌。
4. 请勿放入微波炉、冰箱冷冻室，不可用钢丝球擦洗内胆。
5. 杯盖密封圈应定期取下清洗，发现老化请及时更换；扫描杯底二维码可查询正品信息并预约更换密封圈。
""",
    ),
    dict(
        slug="training-baowenbei-sales-course",
        site="卓远商学院 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.zhuoyuansxy.example.com/xueyuan/xinde/8812.html",
        title="参加门店销售技巧培训的心得体会",
        record_title="参加门店销售技巧培训的心得体会（通用版）",
        date="2025-05-28",
        notes="training school; promo glued after a 。; date under the signature in Chinese numerals",
        page="""
!m 卓远商学院　让每个店员都成为金牌销售
!m 学员心声 › 心得分享
{T}
{BODY}
!l 推荐课程：陈列技巧｜客户异议处理｜直播带货入门
!w 企业内训定制，请致电 0579-8566 1203
""",
        body="""
我是一名在商场专柜销售保温杯的店员，五月参加了卓远商学院的门店销售技巧培训。⟦w 报名热线：0579-8566 1200⟧
培训中老师讲到，顾客买保温杯，关心的不是我们背熟的参数，而是“能不能保温一整天”“会不会漏水”“好不好洗”。
回到店里，我改变了介绍方法，让顾客亲手倒进热水、拧紧倒置，再告诉他们怎么拆洗杯盖。这个月我的销售额比上月增长了三成。
今后我会把培训学到的方法用到每一次接待中，做一名让顾客放心的销售员。
学员　柯佳怡
二〇二五年五月二十八日
""",
    ),
    dict(
        slug="app-baowenbei-teacher-gift-speech",
        site="妙笔APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.miaobi.example.com/s/9Gq2xT",
        title="在教师节慰问座谈会上的讲话",
        record_title="在教师节慰问座谈会上的讲话（精选5篇）",
        date="2025-09-10",
        notes="writing-app share; decorated title; date under the speech title; speaker line neutral; unlock prompt",
        page="""
!a 打开妙笔APP 查看全部5篇
{T}
县教育局局长　孔令辉
（2025年9月10日）
{BODY}
!a 剩余4篇需开通会员后查看
!m 妙笔 · 已有12万人使用
""",
        body="""
各位老师：
今天是第四十一个教师节，首先向全县教师致以节日的问候！
今年县里为每位一线教师送上的节日礼物是一只保温杯。礼物虽小，心意却真：老师们讲课多，嗓子累，希望大家多喝热水，保重身体。
过去一年，全县教师扎根讲台，中考成绩和义务教育优质均衡发展都迈上了新台阶。
希望大家继续潜心育人，县委县政府将一如既往关心支持教师队伍建设。
""",
    ),
    dict(
        slug="examforum-baowenbei-data-question",
        site="考公学习社 (invented)",
        style="公考论坛",
        genre="试题解析",
        kind="other",
        form="html",
        source="https://www.kaogongxxs.example.com/forum/t-30921.html",
        title="资料分析练习：某县保温杯出口数据",
        record_title=None,
        date=None,
        notes="exam forum with hidden-answer prompt; table kept; relative time no date",
        page="""
<html><head><meta charset="utf-8"><title>资料分析练习：某县保温杯出口数据 - 行测交流 - 考公学习社</title></head><body>
<div class="hd">⟦m 考公学习社 › 行测交流⟧ ⟦a 登录 注册⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 发帖人：资料分析小能手　2小时前　阅读 904⟧</div>
{BODY}
<div class="hide">⟦a 【答案解析】回复后可见⟧</div>
<div class="rp">⟦l 快速回复　上一主题　下一主题⟧</div>
</body></html>
""",
        body="""
根据以下资料，回答问题。
某县2024年保温杯出口情况如下：
市场　出口额（亿元）　同比增长
欧盟　18.6　12.1%
北美　15.2　8.4%
东南亚　9.7　21.5%
问题：2024年该县对东南亚出口额比上年增加了约多少亿元？
A. 1.2　B. 1.7　C. 2.1　D. 2.6
""",
    ),
    dict(
        slug="wiki-baowenbei-vacuum-principle",
        site="问知百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="text",
        source="https://www.wenzhibk.example.com/wiki/保温杯",
        title="保温杯",
        record_title="保温杯 - 问知百科",
        date=None,
        notes="encyclopaedia; contents box, edit prompts; no date",
        page="""
!m 问知百科　人人可编辑的百科全书
{T}
!a [编辑]　[讨论]　[历史]
!l 目录：1 结构　2 原理　3 选购
{BODY}
!l 本词条所属分类：日用品 ｜ 厨具
!m 本页面最后修订于 2 个月前
!d 问知百科的内容由用户贡献，不保证准确性。
""",
        body="""
保温杯是一种能在较长时间内保持所盛液体温度的饮水容器，通常由不锈钢内胆、外壳和杯盖组成。
结构
双层不锈钢之间抽成真空，形成真空隔热层；内胆外壁常镀铜或包覆铜箔，以减少热辐射。
原理
真空层阻断了热传导和对流，镀铜层减少了热辐射，杯盖的密封圈则减少了杯口的散热。
选购
选购时应查看内胆材质标识，关注杯盖密封性，购买标明执行标准和厂名厂址的产品。
""",
    ),
    dict(
        slug="netdisk-baowenbei-meeting-minutes",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://share.kuaipan.example.com/f/Zt7yW3",
        title="真空封口车间质量分析会会议纪要",
        record_title="真空封口车间质量分析会会议纪要.doc",
        date="2025-01-16",
        notes="cloud-drive preview; 【P2】-like markers of my own 〔第2页〕; minutes' 时间/地点/主持 kept",
        pages=dict(fmt="〔第{n}页〕", every=120, start=2, glue=False),
        page="""
!m 快盘分享 · 文件预览
!m 真空封口车间质量分析会会议纪要.doc（52KB）　分享者：zhijian_07
!a 下载　保存到快盘　举报
{BODY}
!a 在线预览最多显示3页，请下载查看完整文档
""",
        body="""
时间：2025年1月15日上午9时
地点：二号厂房会议室
主持：生产部经理 骆志强
记录：质检员 夏琳
会议分析了2024年第四季度真空封口工序保温性能不合格品上升的原因，确定了整改措施。
一、抽真空炉温度曲线漂移是主要原因，设备部须在一月底前完成炉温校准。
二、质检部将保温性能抽检比例由百分之二提高到百分之五。
永湾暖途杯业有限公司生产部
2025年1月16日
""",
    ),
    dict(
        slug="snapshot-baowenbei-spotcheck-notice",
        site="快照 / 永湾县市场监督管理局 (invented)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="text",
        source="http://snapshot.sogoo.example.com/?url=scjg.yongwan.example.gov.cn/2025/1020/512.html",
        title="永湾县保温杯产品质量监督抽查结果公告",
        record_title=None,
        date="2025-10-20",
        notes="text-only cache header; the portal's date line; result table kept",
        page="""
!d 您查看的是网页快照，快照生成时间：2025-11-02 03:14。原网页可能已更新。
!m 原网址：http://scjg.yongwan.example.gov.cn/2025/1020/512.html
!m 永湾县市场监督管理局 > 信息公开 > 抽查公告
{T}
!m 发布日期：2025-10-20
{BODY}
!a 【打印】【关闭】
""",
        body="""
2025年第三季度，我局组织对全县保温杯产品进行了质量监督抽查，共抽查十五家企业生产的十五批次产品，不合格二批次。
企业名称　不合格项目
永湾县恒保日用品厂　保温性能
永湾县杰诚杯业有限公司　内胆材质标识
对不合格企业，我局已依法责令整改，并将组织复查。
""",
    ),
    dict(
        slug="print-baowenbei-gift-rule",
        site="永湾县纪委监委 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.ywjw.example.gov.cn/print/2025/1230/1887.html",
        title="关于元旦春节期间严禁违规收送礼品的提醒",
        record_title="关于元旦春节期间严禁违规收送礼品的提醒",
        date="2025-12-30",
        notes="print view calling window.print(); print stamp chrome; date at the end",
        page="""
<html><head><meta charset="utf-8"><title>关于元旦春节期间严禁违规收送礼品的提醒</title><script>window.print();</script></head><body>
<div>⟦m 永湾清风网（永湾县纪委监委）⟧</div>
<h2>{T}</h2>
{BODY}
<div>⟦m 本文链接：http://www.ywjw.example.gov.cn/jdbg/2025/1230/1887.html⟧</div>
<div>⟦a 打印｜关闭本页⟧</div>
</body></html>
""",
        body="""
全县各级党组织、广大党员干部：
元旦、春节将至，为持续纠治“四风”，现提醒如下：
一、严禁收受可能影响公正执行公务的礼品礼金，包括以“定制保温杯”“纪念品”等名义变相收送的礼品。
二、严禁违规发放节日福利，严禁用公款购买赠送年货节礼。
三、各单位要加强提醒教育，发现问题线索，请及时向县纪委监委举报。
中共永湾县纪委　永湾县监委
2025年12月30日
""",
    ),
    dict(
        slug="mail-baowenbei-recall-forward",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="公告",
        kind="notice",
        form="text",
        source="mailto:qa@nuantu-cup.example.com?subject=recall",
        title="关于部分儿童保温杯吸管盖召回的说明",
        record_title="转发：关于部分儿童保温杯吸管盖召回的说明",
        date="2025-07-08",
        notes="forwarded mail with two header blocks; a quoted reply line chrome; date at the end",
        page="""
!m 发件人: 品质部 <qa@nuantu-cup.example.com>
!m 日期: 2025-07-09 14:20
!m 收件人: 各区域经销商
!m 主题: 转发：关于部分儿童保温杯吸管盖召回的说明
!m ----- 原始邮件 -----
!m 发件人: 郑思远 <zhengsy@nuantu-cup.example.com>
!m 发送时间: 2025-07-08 18:02
{T}
{BODY}
!d 本邮件含公司内部信息，请勿对外转发。
""",
        body="""
各经销商：
经内部检测发现，2025年5月生产的部分儿童保温杯吸管盖，硅胶吸嘴与盖体连接不够牢固，存在被儿童咬脱后误吞的风险。
公司决定召回批号为2505C开头的全部儿童保温杯吸管盖，消费者可凭购买凭证到原购买门店免费更换新盖。
请各经销商立即下架相关批次产品，做好消费者解释工作，并于7月20日前将更换数量报公司品质部。
联系人：郑思远　电话：0579-8711 4405
暖途杯业有限公司
2025年7月8日
""",
    ),
]
